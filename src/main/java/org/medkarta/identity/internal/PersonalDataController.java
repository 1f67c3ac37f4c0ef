package org.medkarta.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.medkarta.core.Inn;
import org.medkarta.core.InvalidValueException;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.PersonalData;
import org.medkarta.web.FormDates;
import org.medkarta.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Профиль» → «Личные данные»: the form of DOMAIN.md §2, checked field by field, then by
 * the citizen registry.
 */
@Controller
class PersonalDataController {

	/** Russian passports are issued from the age of 14. */
	static final int PASSPORT_AGE = 14;

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final PersonalDataService service;

	private final Clock clock;

	PersonalDataController(PersonalDataService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@GetMapping("/profile/personal-data")
	String form(@AuthenticationPrincipal CurrentAccount current, Model model) {
		this.service.load(current.id()).ifPresentOrElse((row) -> {
			model.addAttribute("form", PersonalDataForm.from(row.toData()));
			model.addAttribute("stored", row);
		}, () -> model.addAttribute("form", PersonalDataForm.empty()));
		return "identity/personal-data";
	}

	@PostMapping("/profile/personal-data")
	String save(@AuthenticationPrincipal CurrentAccount current, PersonalDataForm form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		PersonalData data = parse(form, errors);
		if (data != null) {
			PersonalDataService.Outcome outcome = this.service.save(current.id(), data);
			if (outcome.snilsTaken()) {
				errors.reject("snils", "personal-data.snils-taken");
			}
			else {
				redirect.addFlashAttribute("flash",
						outcome.answer().matches() ? "personal-data.matched" : "personal-data.saved-mismatch");
				return "redirect:/profile/personal-data";
			}
		}
		model.addAttribute("form", form.forDisplay());
		model.addAttribute("errors", errors);
		this.service.load(current.id()).ifPresent((row) -> model.addAttribute("stored", row));
		return "identity/personal-data";
	}

	private PersonalData parse(PersonalDataForm form, FormErrors errors) {
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		PersonName name = null;
		try {
			name = new PersonName(form.surname(), form.name(), form.patronymic());
		}
		catch (InvalidValueException ex) {
			errors.reject(ex.messageKey().substring("validation.name.".length()), ex.messageKey());
		}
		LocalDate birthDate = FormDates.parse(form.birthDate(), "birthDate", errors);
		if (birthDate != null && birthDate.isAfter(today.minusYears(PASSPORT_AGE))) {
			errors.reject("birthDate", birthDate.isAfter(today) ? "validation.date.future" : "personal-data.too-young");
		}
		Sex sex = null;
		try {
			sex = Sex.valueOf(String.valueOf(form.sex()));
		}
		catch (IllegalArgumentException ex) {
			errors.reject("sex", "personal-data.sex.required");
		}
		PassportNumber passport = null;
		try {
			passport = PassportNumber.of(form.passportSeries(), form.passportNumber());
		}
		catch (InvalidValueException ex) {
			errors.reject(ex.messageKey().endsWith("series") ? "passportSeries" : "passportNumber", ex.messageKey());
		}
		LocalDate issuedOn = FormDates.parse(form.passportIssuedOn(), "passportIssuedOn", errors);
		if (issuedOn != null && issuedOn.isAfter(today)) {
			errors.reject("passportIssuedOn", "validation.date.future");
		}
		else if (issuedOn != null && birthDate != null && issuedOn.isBefore(birthDate.plusYears(PASSPORT_AGE))) {
			errors.reject("passportIssuedOn", "personal-data.issued-too-early");
		}
		IssuerCode issuer = field(() -> IssuerCode.of(form.issuerCode()), "issuerCode", errors);
		Snils snils = field(() -> Snils.of(form.snils()), "snils", errors);
		Inn inn = (form.inn() == null || form.inn().isBlank()) ? null : field(() -> Inn.of(form.inn()), "inn", errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new PersonalData(name, birthDate, sex, passport, issuedOn, issuer, snils, inn);
	}

	private static <T> T field(java.util.function.Supplier<T> parse, String field, FormErrors errors) {
		try {
			return parse.get();
		}
		catch (InvalidValueException ex) {
			errors.reject(field, ex.messageKey());
			return null;
		}
	}

	/**
	 * The form as typed; dates as {@code yyyy-MM-dd} from date inputs.
	 */
	record PersonalDataForm(String surname, String name, String patronymic, String birthDate, String sex,
			String passportSeries, String passportNumber, String passportIssuedOn, String issuerCode, String snils,
			String inn) {

		static PersonalDataForm empty() {
			return new PersonalDataForm("", "", "", "", "", "", "", "", "", "", "");
		}

		static PersonalDataForm from(PersonalData data) {
			return new PersonalDataForm(data.name().surname(), data.name().name(),
					(data.name().patronymic() != null) ? data.name().patronymic() : "", data.birthDate().toString(),
					data.sex().name(), data.passport().series(), data.passport().number(),
					data.passportIssuedOn().toString(), data.issuerCode().value(), data.snils().display(),
					(data.inn() != null) ? data.inn().value() : "");
		}

		/** The form to show again: no value longer than its field. */
		PersonalDataForm forDisplay() {
			return new PersonalDataForm(FormFields.echo(this.surname, 100), FormFields.echo(this.name, 100),
					FormFields.echo(this.patronymic, 100), FormFields.echo(this.birthDate, 10),
					FormFields.echo(this.sex, 6), FormFields.echo(this.passportSeries, 10),
					FormFields.echo(this.passportNumber, 12), FormFields.echo(this.passportIssuedOn, 10),
					FormFields.echo(this.issuerCode, 10), FormFields.echo(this.snils, 20),
					FormFields.echo(this.inn, 20));
		}

	}

}

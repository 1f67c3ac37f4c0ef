package org.medkarta.family.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.InvalidValueException;
import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.family.ChildDetails;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormDates;
import org.medkarta.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Семья и дети» and «Добавить ребёнка».
 */
@Controller
class FamilyController {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final FamilyService family;

	private final Clock clock;

	FamilyController(FamilyService family, Clock clock) {
		this.family = family;
		this.clock = clock;
	}

	@GetMapping("/family")
	String list(@AuthenticationPrincipal CurrentAccount current, Model model) {
		model.addAttribute("children", this.family.childrenOf(current.id()));
		model.addAttribute("mayAdd", this.family.mayAddChildren(current.id()));
		return "family/list";
	}

	@GetMapping("/family/add")
	String form(@AuthenticationPrincipal CurrentAccount current, Model model) {
		if (!this.family.mayAddChildren(current.id())) {
			return "redirect:/family";
		}
		model.addAttribute("form", ChildForm.empty());
		return "family/add";
	}

	@PostMapping("/family/add")
	String add(@AuthenticationPrincipal CurrentAccount current, ChildForm form,
			@RequestParam(name = "birthCertificate", required = false) MultipartFile birthCertificate,
			@RequestParam(name = "registrationCertificate", required = false) MultipartFile registration,
			@RequestParam(name = "parentPassport", required = false) MultipartFile passport,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		if (!this.family.mayAddChildren(current.id())) {
			return "redirect:/family";
		}
		FormErrors errors = new FormErrors();
		ChildDetails child = parse(form, errors);
		if (birthCertificate == null || birthCertificate.isEmpty()) {
			errors.reject("birthCertificate", "family.birth-certificate.required");
		}
		if (!errors.hasErrors()) {
			Map<DocumentKind, FamilyService.Upload> uploads = new EnumMap<>(DocumentKind.class);
			uploads.put(DocumentKind.BIRTH_CERTIFICATE, upload(birthCertificate));
			if (registration != null && !registration.isEmpty()) {
				uploads.put(DocumentKind.REGISTRATION_CERTIFICATE, upload(registration));
			}
			if (passport != null && !passport.isEmpty()) {
				uploads.put(DocumentKind.PASSPORT, upload(passport));
			}
			try {
				switch (this.family.add(current.id(), child, uploads)) {
					case VERIFIED -> {
						redirect.addFlashAttribute("flash", "family.added.verified");
						return "redirect:/family";
					}
					case PENDING -> {
						redirect.addFlashAttribute("flash", "family.added.pending");
						return "redirect:/family";
					}
					case ALREADY_LINKED -> errors.reject("snils", "family.already-linked");
					case RESTRICTED -> errors.reject("snils", "family.restricted");
					case NOT_ALLOWED -> {
						return "redirect:/family";
					}
				}
			}
			catch (DocumentRefusedException ex) {
				response.setStatus(ex.httpStatus());
				errors.rejectForm(ex.messageKey(), ex.args());
			}
		}
		model.addAttribute("form", form.forDisplay());
		model.addAttribute("errors", errors);
		return "family/add";
	}

	private static FamilyService.Upload upload(MultipartFile file) throws IOException {
		return new FamilyService.Upload(Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
	}

	private ChildDetails parse(ChildForm form, FormErrors errors) {
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		PersonName name = field(() -> new PersonName(form.surname(), form.name(), form.patronymic()), null, errors);
		LocalDate birthDate = FormDates.parse(form.birthDate(), "birthDate", errors);
		if (birthDate != null && birthDate.isAfter(today)) {
			errors.reject("birthDate", "validation.date.future");
		}
		else if (birthDate != null && !birthDate.isAfter(today.minusYears(18))) {
			errors.reject("birthDate", "family.child.adult");
		}
		Snils snils = field(() -> Snils.of(form.snils()), "snils", errors);
		BirthCertificateNumber certificate = field(
				() -> BirthCertificateNumber.of(form.certificateSeries(), form.certificateNumber()), null, errors);
		LocalDate issuedOn = FormDates.parse(form.certificateIssuedOn(), "certificateIssuedOn", errors);
		if (issuedOn != null && (issuedOn.isAfter(today) || (birthDate != null && issuedOn.isBefore(birthDate)))) {
			errors.reject("certificateIssuedOn", "family.certificate.issued-on");
		}
		return errors.hasErrors() ? null : new ChildDetails(name, birthDate, snils, certificate, issuedOn);
	}

	/**
	 * Parses one value; an error goes to {@code field}, or, when null, to the field its
	 * key names.
	 */
	private static <T> T field(Supplier<T> parse, String field, FormErrors errors) {
		try {
			return parse.get();
		}
		catch (InvalidValueException ex) {
			errors.reject((field != null) ? field : fieldOf(ex.messageKey()), ex.messageKey());
			return null;
		}
	}

	private static String fieldOf(String key) {
		if (key.startsWith("validation.name.")) {
			return key.substring("validation.name.".length());
		}
		return key.endsWith("series") ? "certificateSeries" : "certificateNumber";
	}

	record ChildForm(String surname, String name, String patronymic, String birthDate, String snils,
			String certificateSeries, String certificateNumber, String certificateIssuedOn) {

		static ChildForm empty() {
			return new ChildForm("", "", "", "", "", "", "", "");
		}

		ChildForm forDisplay() {
			return new ChildForm(fit(this.surname, 100), fit(this.name, 100), fit(this.patronymic, 100),
					fit(this.birthDate, 10), fit(this.snils, 20), fit(this.certificateSeries, 20),
					fit(this.certificateNumber, 20), fit(this.certificateIssuedOn, 10));
		}

		private static String fit(String value, int limit) {
			return (value == null || value.length() > limit) ? "" : value;
		}

	}

}

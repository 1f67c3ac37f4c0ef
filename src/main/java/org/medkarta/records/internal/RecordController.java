package org.medkarta.records.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.access.AccessDecision;
import org.medkarta.access.AccessPolicy;
import org.medkarta.appointments.Appointments;
import org.medkarta.access.Denial;
import org.medkarta.access.RecordSection;
import org.medkarta.audit.AuditEvent;
import org.medkarta.audit.AuditLog;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.ClientAddress;
import org.medkarta.web.FormDates;
import org.medkarta.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A child's record as the family reads it: the overview, one page per section, and who
 * viewed it. Every request asks the access policy first and writes one audit row, whether
 * it is let in or not.
 */
@Controller
class RecordController {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final int SEARCH_LIMIT = 100;

	/**
	 * The entries per page a section offers; any whole number up to the last is taken
	 * from the address, so a whole section of that size fits on one page.
	 */
	static final List<Integer> PAGE_SIZES = List.of(RecordReader.PAGE_SIZE, 50, 100, 500, 2_000);

	static final int MAX_PAGE_SIZE = PAGE_SIZES.get(PAGE_SIZES.size() - 1);

	/** The overview shows the doses due within so many days, and the overdue ones. */
	static final int COMING_DAYS = 90;

	/** The overview lists so many of the newest entries of each kind. */
	static final int LATEST = 5;

	/**
	 * The sections as their pages are addressed, in the order the record's menu lists
	 * them.
	 */
	static final Map<String, Page> PAGES = pages();

	private final AccessPolicy policy;

	private final Guardianships guardianships;

	private final RecordReader reader;

	private final AuditLog audit;

	private final Accounts accounts;

	private final RecordPdf pdfs;

	private final RecordExport exports;

	private final org.medkarta.clinics.Clinics clinics;

	private final java.time.Clock clock;

	private final Appointments appointments;

	private final RecordPages pages;

	RecordController(AccessPolicy policy, Guardianships guardianships, RecordReader reader, AuditLog audit,
			Accounts accounts, RecordPdf pdfs, RecordExport exports, org.medkarta.clinics.Clinics clinics,
			java.time.Clock clock, Appointments appointments, RecordPages pages) {
		this.pages = pages;
		this.appointments = appointments;
		this.clock = clock;
		this.clinics = clinics;
		this.pdfs = pdfs;
		this.exports = exports;
		this.policy = policy;
		this.guardianships = guardianships;
		this.reader = reader;
		this.audit = audit;
		this.accounts = accounts;
	}

	@GetMapping({ "/records/children/{child}", "/clinic/patients/{child}", "/records/me" })
	ModelAndView overview(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Opened opened = open(current, child, RecordSection.OVERVIEW, "OVERVIEW", request);
		if (!present(opened, model)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return new ModelAndView("record/refused");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(MOSCOW));
		RecordReader.Overview overview = this.reader.overview(opened.child(), today, LATEST);
		// A list of records, not the map's entries: a template reads a JDK type's members
		// only after a costly check of its declared methods, on every read.
		model.addAttribute("counts",
				overview.counts()
					.entrySet()
					.stream()
					.map((count) -> new Count(count.getKey(), count.getValue()))
					.toList());
		model.addAttribute("visits", overview.visits());
		model.addAttribute("abnormal", overview.abnormal());
		model.addAttribute("vaccinations", overview.vaccinations());
		model.addAttribute("schedule",
				overview.schedule().stream().filter((line) -> line.dueWithin(today, COMING_DAYS)).toList());
		model.addAttribute("documents", overview.documents());
		model.addAttribute("bookings", (child != null) ? this.appointments.upcoming(opened.child().id()) : List.of());
		return new ModelAndView(this.pages.page("overview"));
	}

	@GetMapping({ "/records/children/{child}/{section}", "/clinic/patients/{child}/{section}",
			"/records/me/{section}" })
	String section(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child, @PathVariable("section") String section,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "clinic", required = false) String clinic,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "size", required = false) String size, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Page shown = PAGES.get(section);
		if (shown == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Opened opened = open(current, child, shown.policySection(), section.toUpperCase().replace('-', '_'), request);
		if (!present(opened, model)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "record/refused";
		}
		FormErrors errors = new FormErrors();
		int number = pageNumber(page, errors);
		int pageSize = pageSize(size, errors);
		LocalDate fromDay = FormDates.parseOptional(from, "from", errors);
		LocalDate toDay = FormDates.parseOptional(to, "to", errors);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			errors.reject("to", "record.filter.period");
		}
		UUID clinicId = null;
		if (clinic != null && !clinic.isBlank()) {
			try {
				clinicId = UUID.fromString(clinic.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.reject("clinic", "record.filter.clinic");
			}
		}
		String search = (text == null || text.isBlank()) ? null : text.strip();
		if (search != null && search.length() > SEARCH_LIMIT) {
			errors.reject("q", "validation.too-long", SEARCH_LIMIT);
			search = null;
		}
		RecordReader.Filter filter = errors.hasErrors() ? RecordReader.Filter.NONE
				: new RecordReader.Filter((fromDay != null) ? fromDay.atStartOfDay(MOSCOW).toInstant() : null,
						(toDay != null) ? toDay.plusDays(1).atStartOfDay(MOSCOW).toInstant() : null, clinicId, search);
		int pageNumber = errors.hasErrors() ? 0 : number;
		List<RecordReader.Shown> rows = this.reader.page(opened.child().snils(), shown.sections(), filter, pageNumber,
				pageSize);
		List<RecordReader.Shown> entries = RecordReader.firstPage(rows, pageSize);
		model.addAttribute("section", section);
		model.addAttribute("nav", this.pages.nav(opened.base(), section, locale));
		model.addAttribute("entries", entries);
		model.addAttribute("entriesHtml", this.pages.entries(entries, opened.base(), locale));
		model.addAttribute("more", rows.size() > pageSize);
		model.addAttribute("page", pageNumber);
		model.addAttribute("size", pageSize);
		model.addAttribute("sizes", sizesWith(pageSize));
		model.addAttribute("errors", errors);
		model.addAttribute("clinics", this.reader.clinicsOf(opened.child().snils()));
		FilterForm typed = new FilterForm(from, to, clinic, text);
		model.addAttribute("filter", typed);
		model.addAttribute("newer", pageAddress(opened.base(), section, pageNumber - 1, typed, pageSize));
		model.addAttribute("older", pageAddress(opened.base(), section, pageNumber + 1, typed, pageSize));
		if (shown.sections().contains(Section.VACCINATIONS) && pageNumber == 0) {
			model.addAttribute("schedule", this.pages
				.schedule(this.reader.schedule(opened.child(), LocalDate.now(this.clock.withZone(MOSCOW))), locale));
		}
		return "record/section";
	}

	@GetMapping({ "/records/children/{child}/lab-results/chart", "/clinic/patients/{child}/lab-results/chart",
			"/records/me/lab-results/chart" })
	String chart(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child,
			@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Opened opened = open(current, child, RecordSection.LAB_RESULTS, "LAB_RESULTS", request);
		if (!present(opened, model)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "record/refused";
		}
		List<RecordReader.Shown> results = (code == null || code.isBlank() || code.length() > 100) ? List.of()
				: this.reader.test(opened.child().snils(), code.strip());
		List<LabChart.Point> points = new java.util.ArrayList<>();
		Double low = null;
		Double high = null;
		for (RecordReader.Shown result : results) {
			Double value = number(result.detail("value"));
			if (value != null && result.at() != null) {
				points.add(new LabChart.Point(result.at(), value));
			}
			low = (number(result.detail("low")) != null) ? number(result.detail("low")) : low;
			high = (number(result.detail("high")) != null) ? number(result.detail("high")) : high;
		}
		if (results.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		String title = results.isEmpty() ? null : results.get(results.size() - 1).title();
		model.addAttribute("title", title);
		model.addAttribute("results", results);
		model.addAttribute("unit", results.isEmpty() ? null : results.get(results.size() - 1).detail("unit"));
		model.addAttribute("svg",
				points.isEmpty() ? null : LabChart.svg(points, low, high, (title != null) ? title : ""));
		return "record/chart";
	}

	private static Double number(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value.toString());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@GetMapping({ "/records/children/{child}/documents/{entry}", "/clinic/patients/{child}/documents/{entry}",
			"/records/me/documents/{entry}" })
	org.springframework.http.ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child, @PathVariable("entry") UUID entry,
			@RequestParam(name = "download", required = false) String download, HttpServletRequest request) {
		Opened opened = open(current, child, RecordSection.DOCUMENTS, "DOCUMENTS", request);
		if (!opened.decision().allowed()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		RecordReader.Attachment file = this.reader.attachment(opened.child().snils(), entry)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String type = file.contentType().toLowerCase(java.util.Locale.ROOT);
		boolean viewable = download == null && (type.equals("application/pdf") || type.equals("image/png")
				|| type.equals("image/jpeg") || type.startsWith("text/plain"));
		String extension = type.equals("application/pdf") ? "pdf" : type.equals("image/png") ? "png"
				: type.equals("image/jpeg") ? "jpg" : type.startsWith("text/plain") ? "txt" : "bin";
		org.springframework.http.MediaType media = type.startsWith("text/plain")
				? org.springframework.http.MediaType.parseMediaType("text/plain;charset=UTF-8")
				: viewable ? org.springframework.http.MediaType.parseMediaType(type)
						: org.springframework.http.MediaType.APPLICATION_OCTET_STREAM;
		String name = "document-"
				+ ((file.at() != null) ? LocalDate.ofInstant(file.at(), MOSCOW).toString() : "undated") + "."
				+ extension;
		// Images and text open sandboxed; a PDF opens in the browser's own viewer, which
		// a sandbox would block.
		String policy = type.equals("application/pdf") ? "default-src 'none'; frame-ancestors 'none'"
				: "sandbox; default-src 'none'; img-src 'self'";
		return org.springframework.http.ResponseEntity.ok()
			.contentType(media)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					(viewable ? org.springframework.http.ContentDisposition.inline()
							: org.springframework.http.ContentDisposition.attachment())
						.filename(name)
						.build()
						.toString())
			.header("Content-Security-Policy", policy)
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(file.content());
	}

	@GetMapping({ "/records/children/{child}/pdf", "/clinic/patients/{child}/pdf", "/records/me/pdf" })
	org.springframework.http.ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child,
			@RequestParam(name = "section", required = false) String section, java.util.Locale locale,
			HttpServletRequest request) {
		Page one = (section == null || section.isBlank()) ? null : PAGES.get(section);
		if (section != null && !section.isBlank() && one == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Opened opened = open(current, child, (one != null) ? one.policySection() : RecordSection.OVERVIEW, "PDF",
				request);
		if (!opened.decision().allowed()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		List<String> sections = (one != null) ? List.of(section)
				: List.of("visits", "lab-results", "measurements", "prescriptions", "vaccinations", "documents");
		byte[] pdf = this.pdfs.draw(opened.child(), sections, locale, java.time.Duration.ofSeconds(10));
		if (pdf == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("medkarta-" + LocalDate.now(this.clock.withZone(MOSCOW)) + ".pdf")
						.build()
						.toString())
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(pdf);
	}

	@GetMapping({ "/records/children/{child}/fhir", "/records/me/fhir" })
	org.springframework.http.ResponseEntity<String> fhir(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child, HttpServletRequest request) {
		Opened opened = open(current, child, RecordSection.OVERVIEW, "FHIR", request);
		if (!opened.decision().allowed()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return org.springframework.http.ResponseEntity.ok()
			.contentType(FhirImportController.FHIR_JSON)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("medkarta-" + LocalDate.now(this.clock.withZone(MOSCOW)) + ".fhir.json")
						.build()
						.toString())
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(this.exports.export(opened.child()));
	}

	@GetMapping("/records/children/{child}/views")
	String views(@AuthenticationPrincipal CurrentAccount current,
			@PathVariable(name = "child", required = false) UUID child,
			@RequestParam(name = "page", required = false) String page, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Opened opened = open(current, child, RecordSection.OVERVIEW, "VIEWS", request);
		present(opened, model);
		if (!opened.decision().allowed() && opened.decision().denial() != Denial.NO_GRANT) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "record/refused";
		}
		if (opened.decision().allowed()) {
			model.addAttribute("nav", this.pages.nav(opened.base(), "views", locale));
		}
		int number = pageNumber(page, new FormErrors());
		List<org.medkarta.audit.AuditLog.View> views = this.audit.viewsOf(child, number, RecordReader.PAGE_SIZE + 1);
		model.addAttribute("views",
				views.subList(0, Math.min(views.size(), RecordReader.PAGE_SIZE))
					.stream()
					.map((view) -> new Viewer(view, who(view)))
					.toList());
		model.addAttribute("more", views.size() > RecordReader.PAGE_SIZE);
		model.addAttribute("page", number);
		return "record/views";
	}

	/**
	 * Asks the policy and writes the audit row; someone with no link to the child gets
	 * 404, as for any id that is not theirs.
	 */
	private Opened open(CurrentAccount current, UUID childId, RecordSection section, String audited,
			HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/records/me") || path.startsWith("/records/me/")) {
			return openOwn(current, section, audited, request);
		}
		if (childId == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ChildId child = new ChildId(childId);
		boolean staff = path.startsWith("/clinic/");
		Optional<ChildFacts> facts;
		AccessDecision decision;
		if (staff) {
			decision = this.policy.checkStaff(current.id(), child, section);
			facts = decision.allowed() ? this.guardianships.child(child) : Optional.empty();
		}
		else {
			decision = this.policy.check(current.id(), child, section);
			facts = Optional.ofNullable(decision.linked());
		}
		this.audit.record(new AuditEvent(current.id().value(), staff ? "CLINIC_STAFF" : "GUARDIAN", childId,
				facts.map((found) -> found.snils().value()).orElse(null), audited, "VIEW", decision.allowed(),
				decision.allowed() ? null : decision.denial().name(), ClientAddress.of(request),
				request.getRequestId()));
		if (facts.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Opened(facts.get(), decision, (staff ? "/clinic/patients/" : "/records/children/") + childId);
	}

	/**
	 * The account holder's own record, found by the SNILS of their personal data; the
	 * audit row names no child.
	 */
	private Opened openOwn(CurrentAccount current, RecordSection section, String audited, HttpServletRequest request) {
		Optional<org.medkarta.identity.PersonalData> data = this.accounts.personalDataOf(current.id());
		AccessDecision decision = this.policy.checkOwn(current.id(), section);
		this.audit.record(new AuditEvent(current.id().value(), "SELF", null,
				data.map((found) -> found.snils().value()).orElse(null), audited, "VIEW", decision.allowed(),
				decision.allowed() ? null : decision.denial().name(), ClientAddress.of(request),
				request.getRequestId()));
		if (data.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Opened(new ChildFacts(new ChildId(current.id().value()), data.get().name(), data.get().birthDate(),
				data.get().snils(), null), decision, "/records/me");
	}

	/**
	 * The entries per page asked for: the default when none is given, and the default
	 * with a message when the number is not one from 1 to {@link #MAX_PAGE_SIZE}.
	 */
	private static int pageSize(String size, FormErrors errors) {
		if (size == null || size.isBlank()) {
			return RecordReader.PAGE_SIZE;
		}
		try {
			int number = Integer.parseInt(size.strip());
			if (number >= 1 && number <= MAX_PAGE_SIZE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, as a number out of range is
		}
		errors.reject("size", "record.filter.size", MAX_PAGE_SIZE);
		return RecordReader.PAGE_SIZE;
	}

	/**
	 * The address of another page of a section: with the filter's fields that are filled
	 * in, as typed, and the page and size only when they are not the defaults. Every
	 * value is encoded whole, so a search for "C++ & co" comes back as it was typed.
	 */
	static String pageAddress(String base, String section, int page, FilterForm filter, int size) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(base).pathSegment(section);
		Map<String, String> values = new LinkedHashMap<>();
		if (page > 0) {
			values.put("page", Integer.toString(page));
		}
		values.put("from", filter.from());
		values.put("to", filter.to());
		values.put("clinic", filter.clinic());
		values.put("q", filter.q());
		if (size != RecordReader.PAGE_SIZE) {
			values.put("size", Integer.toString(size));
		}
		values.values().removeIf((value) -> value == null || value.isBlank());
		values.keySet().forEach((name) -> address.queryParam(name, "{" + name + "}"));
		return address.encode().buildAndExpand(values).toUriString();
	}

	/** The sizes to choose from, the one in use among them even if it is not offered. */
	private static List<Integer> sizesWith(int size) {
		if (PAGE_SIZES.contains(size)) {
			return PAGE_SIZES;
		}
		List<Integer> sizes = new java.util.ArrayList<>(PAGE_SIZES);
		sizes.add(size);
		sizes.sort(null);
		return sizes;
	}

	/** A page number from the address: 0 when absent, a message when it is not one. */
	private static int pageNumber(String page, FormErrors errors) {
		if (page == null || page.isBlank()) {
			return 0;
		}
		try {
			int number = Integer.parseInt(page.strip());
			if (number < 0 || number > 100_000) {
				errors.reject("page", "record.filter.page");
				return 0;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.reject("page", "record.filter.page");
			return 0;
		}
	}

	/** A person's name, or their masked phone; staff with their clinics. */
	private String who(org.medkarta.audit.AuditLog.View view) {
		AccountId actor = new AccountId(view.actor());
		String name = this.accounts.personalDataOf(actor)
			.map((data) -> data.name().full())
			.orElseGet(() -> this.accounts.contactOf(actor).map((contact) -> contact.phone().masked()).orElse("—"));
		if (!"CLINIC_STAFF".equals(view.actorRole())) {
			return name;
		}
		String clinicNames = this.clinics.clinicsOf(actor)
			.stream()
			.map((clinic) -> this.clinics.find(clinic).map(org.medkarta.clinics.Clinic::shortName).orElse("—"))
			.sorted()
			.collect(java.util.stream.Collectors.joining(", "));
		return clinicNames.isEmpty() ? name : name + ", " + clinicNames;
	}

	record Page(RecordSection policySection, List<Section> sections) {
	}

	private static Map<String, Page> pages() {
		Map<String, Page> pages = new LinkedHashMap<>();
		pages.put("visits", new Page(RecordSection.VISITS, List.of(Section.VISITS, Section.DIAGNOSES)));
		pages.put("lab-results", new Page(RecordSection.LAB_RESULTS, List.of(Section.LAB_RESULTS, Section.REPORTS)));
		pages.put("measurements", new Page(RecordSection.VISITS, List.of(Section.MEASUREMENTS)));
		pages.put("prescriptions", new Page(RecordSection.PRESCRIPTIONS, List.of(Section.PRESCRIPTIONS)));
		pages.put("vaccinations", new Page(RecordSection.VACCINATIONS, List.of(Section.VACCINATIONS)));
		pages.put("documents", new Page(RecordSection.DOCUMENTS, List.of(Section.DOCUMENTS)));
		return java.util.Collections.unmodifiableMap(pages);
	}

	/**
	 * A record the policy was asked about.
	 *
	 * @param child whose record
	 * @param decision the policy's answer
	 * @param base the path the record's pages hang under for this reader
	 */
	record Opened(ChildFacts child, AccessDecision decision, String base) {
	}

	/** Puts what every record page shows into the model; whether the reader is let in. */
	private static boolean present(Opened opened, Model model) {
		model.addAttribute("child", opened.child());
		model.addAttribute("base", opened.base());
		model.addAttribute("decision", opened.decision());
		return opened.decision().allowed();
	}

	/** How many entries a section holds, as the overview lists it. */
	record Count(Section key, long value) {
	}

	record FilterForm(String from, String to, String clinic, String q) {
	}

	record Viewer(org.medkarta.audit.AuditLog.View view, String name) {
	}

}

package org.medkarta.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Random;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ca.uhn.fhir.context.FhirContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.vaccination.Dose;
import org.medkarta.vaccination.NationalCalendar;

/**
 * Writes a realistic Russian paediatric history as a FHIR R4 transaction Bundle, the way
 * a clinic's system would send it: visits to paediatricians and specialists with ICD-10
 * diagnoses, yearly complete blood counts with units and reference ranges (now and then
 * out of range), prescriptions, discharge summaries as PDFs, and the vaccinations of the
 * national calendar given so far (now and then one missed). The same child always gets
 * the same history (the random source is seeded by the SNILS), so a second load changes
 * nothing.
 */
public final class PaediatricHistories {

	static final String SNILS_SYSTEM = "urn:oid:1.2.643.100.3";

	static final String ICD10 = "urn:oid:1.2.643.5.1.13.13.11.1005";

	static final String LOINC = "http://loinc.org";

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd.MM.yyyy");

	/** The Cyrillic font the record's PDFs use too. */
	private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private static final List<String[]> ILLNESSES = List.of(
			new String[] { "J06.9", "Острая инфекция верхних дыхательных путей неуточнённая", "Педиатр" },
			new String[] { "J20.9", "Острый бронхит неуточнённый", "Педиатр" },
			new String[] { "H66.9", "Средний отит неуточнённый", "Оториноларинголог" },
			new String[] { "J03.9", "Острый тонзиллит неуточнённый", "Оториноларинголог" },
			new String[] { "A09", "Диарея и гастроэнтерит предположительно инфекционного происхождения", "Педиатр" },
			new String[] { "L20.9", "Атопический дерматит неуточнённый", "Дерматовенеролог" },
			new String[] { "H10.9", "Конъюнктивит неуточнённый", "Офтальмолог" },
			new String[] { "K02.1", "Кариес дентина", "Стоматолог детский" });

	private static final List<String[]> MEDICINES = List.of(
			new String[] { "Амоксициллин, суспензия 250 мг/5 мл", "По 5 мл 3 раза в день 7 дней" },
			new String[] { "Парацетамол, суспензия 120 мг/5 мл",
					"По 10 мл при температуре выше 38,5 °C, не чаще 4 раз в сутки" },
			new String[] { "Ибупрофен, суспензия 100 мг/5 мл",
					"По 7,5 мл при боли или температуре, не чаще 3 раз в сутки" },
			new String[] { "Цетиризин, капли 10 мг/мл", "По 10 капель 1 раз в день 14 дней" },
			new String[] { "Азитромицин, суспензия 200 мг/5 мл", "По 5 мл 1 раз в день 3 дня" },
			new String[] { "Регидрон, порошок", "По 1 пакету на 1 л воды, пить дробно в течение суток" });

	/** Test, LOINC, unit, low, high, typical value, spread. */
	private static final List<Object[]> BLOOD_COUNT = List.of(
			new Object[] { "Гемоглобин", "718-7", "г/л", 110, 140, 125, 14 },
			new Object[] { "Эритроциты", "789-8", "10*12/л", 3.7, 4.9, 4.3, 0.45 },
			new Object[] { "Лейкоциты", "6690-2", "10*9/л", 4.5, 13.5, 8.0, 3.0 },
			new Object[] { "Тромбоциты", "777-3", "10*9/л", 150, 400, 270, 70 },
			new Object[] { "СОЭ", "4537-7", "мм/ч", 2, 10, 6, 4 });

	private final FhirContext fhir;

	public PaediatricHistories(FhirContext fhir) {
		this.fhir = fhir;
	}

	/**
	 * The child's history up to {@code today}, as a transaction Bundle in JSON.
	 */
	public String history(Snils snils, PersonName name, Sex sex, LocalDate born, LocalDate today) {
		return history(snils, name, sex, born, today, 1);
	}

	/**
	 * The same, {@code density} times as many visits and blood counts a year: benchmarks
	 * use it to reach some 500 entries a child.
	 */
	public String history(Snils snils, PersonName name, Sex sex, LocalDate born, LocalDate today, int density) {
		Random random = new Random(snils.value().hashCode());
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String patientId = "pat-" + snils.value();
		Patient patient = new Patient();
		patient.setId(patientId);
		patient.addIdentifier().setSystem(SNILS_SYSTEM).setValue(snils.value());
		patient.addName(new HumanName().setFamily(name.surname()).addGiven(name.name()));
		patient.setGender((sex == Sex.FEMALE) ? Enumerations.AdministrativeGender.FEMALE
				: Enumerations.AdministrativeGender.MALE);
		patient.setBirthDate(date(born));
		add(bundle, patient);
		Reference subject = new Reference("Patient/" + patientId);
		int sequence = 0;
		for (LocalDate year = born; !year.isAfter(today); year = year.plusYears(1)) {
			int visits = density * (2 + random.nextInt(3));
			for (int v = 0; v < visits; v++) {
				LocalDate day = year.plusDays(random.nextInt(365));
				if (day.isAfter(today)) {
					continue;
				}
				String[] illness = ILLNESSES.get(random.nextInt(ILLNESSES.size()));
				String id = snils.value() + "-" + (++sequence);
				Encounter encounter = new Encounter();
				encounter.setId("enc-" + id);
				encounter.setStatus(Encounter.EncounterStatus.FINISHED);
				encounter
					.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "Амбулаторно"));
				encounter.addType(new CodeableConcept().setText("Приём: " + illness[2].toLowerCase()));
				encounter.setServiceType(new CodeableConcept().setText(illness[2]));
				encounter.setSubject(subject);
				encounter.setPeriod(new Period().setStart(at(day, 9 + random.nextInt(9))).setEnd(at(day, 18)));
				encounter.addReasonCode(new CodeableConcept().setText(illness[1]));
				add(bundle, encounter);
				Condition condition = new Condition();
				condition.setId("cond-" + id);
				condition.setSubject(subject);
				condition.setEncounter(new Reference("Encounter/enc-" + id));
				condition.setCode(new CodeableConcept(new Coding(ICD10, illness[0], illness[1])).setText(illness[1]));
				condition.setOnset(new DateTimeType(at(day, 10)));
				add(bundle, condition);
				if (!illness[0].startsWith("Z") && random.nextInt(3) > 0) {
					String[] medicine = MEDICINES.get(random.nextInt(MEDICINES.size()));
					MedicationRequest request = new MedicationRequest();
					request.setId("med-" + id);
					request.setStatus(MedicationRequest.MedicationRequestStatus.COMPLETED);
					request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
					request.setSubject(subject);
					request.setMedication(new CodeableConcept().setText(medicine[0]));
					request.setAuthoredOn(at(day, 11));
					request.addDosageInstruction().setText(medicine[1]);
					add(bundle, request);
				}
			}
			for (int panel = 0; panel < density; panel++) {
				LocalDate checkUp = year.plusDays(20 + panel * 90 + random.nextInt(40));
				if (!checkUp.isAfter(today) && !year.equals(born)) {
					bloodCount(bundle, subject, snils.value() + "-cbc-" + year.getYear() + "-" + panel, checkUp,
							random);
				}
			}
		}
		int summaries = 0;
		for (LocalDate year = born.plusYears(1); !year.isAfter(today) && summaries < 2; year = year.plusYears(3)) {
			LocalDate admitted = year.plusDays(30 + random.nextInt(200));
			LocalDate discharged = admitted.plusDays(3 + random.nextInt(6));
			if (discharged.isAfter(today)) {
				break;
			}
			String[] illness = ILLNESSES.get(random.nextInt(4));
			DocumentReference document = new DocumentReference();
			document.setId("doc-" + snils.value() + "-" + (++summaries));
			document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
			document.setType(new CodeableConcept().setText("Выписной эпикриз"));
			document.setSubject(subject);
			document.setDate(at(discharged, 14));
			document.setDescription("Стационарное лечение с " + DAY.format(admitted) + " по " + DAY.format(discharged)
					+ ": " + illness[1]);
			document.addContent()
				.setAttachment(new Attachment().setContentType("application/pdf")
					.setTitle("Выписной эпикриз")
					.setData(summary(name, born, admitted, discharged, illness)));
			add(bundle, document);
		}
		List<Dose> doses = NationalCalendar.DOSES.stream().filter((dose) -> dose.who() != Dose.Who.RISK).toList();
		for (int i = 0; i < doses.size(); i++) {
			LocalDate day = doses.get(i).dueOn(born).plusDays(random.nextInt(10));
			// Now and then a family misses a dose, as families do.
			if (day.isAfter(today) || (i > 10 && random.nextInt(12) == 0)) {
				continue;
			}
			Immunization immunization = new Immunization();
			immunization.setId("imm-" + snils.value() + "-" + i);
			immunization.setStatus(Immunization.ImmunizationStatus.COMPLETED);
			immunization.setVaccineCode(new CodeableConcept().setText(doses.get(i).vaccine()));
			immunization.setPatient(subject);
			immunization.setOccurrence(new DateTimeType(at(day, 10)));
			immunization.setLotNumber("" + (100000 + random.nextInt(900000)));
			add(bundle, immunization);
		}
		return this.fhir.newJsonParser().encodeResourceToString(bundle);
	}

	private void bloodCount(Bundle bundle, Reference subject, String id, LocalDate day, Random random) {
		DiagnosticReport report = new DiagnosticReport();
		report.setId("dr-" + id);
		report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
		report.setSubject(subject);
		report.setCode(new CodeableConcept(new Coding(LOINC, "58410-2", "CBC panel")).setText("Общий анализ крови"));
		report.setEffective(new DateTimeType(at(day, 9)));
		for (int t = 0; t < BLOOD_COUNT.size(); t++) {
			Object[] test = BLOOD_COUNT.get(t);
			double low = ((Number) test[3]).doubleValue();
			double high = ((Number) test[4]).doubleValue();
			double value = ((Number) test[5]).doubleValue() + random.nextGaussian() * ((Number) test[6]).doubleValue();
			BigDecimal shown = BigDecimal.valueOf(Math.max(low * 0.6, value))
				.setScale((high < 20) ? 1 : 0, RoundingMode.HALF_UP);
			Observation observation = new Observation();
			observation.setId("obs-" + id + "-" + t);
			observation.setStatus(Observation.ObservationStatus.FINAL);
			observation.addCategory(new CodeableConcept(new Coding(
					"http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")));
			observation
				.setCode(new CodeableConcept(new Coding(LOINC, (String) test[1], null)).setText((String) test[0]));
			observation.setSubject(subject);
			observation.setEffective(new DateTimeType(at(day, 9)));
			observation.setValue(new Quantity().setValue(shown).setUnit((String) test[2]));
			observation.addReferenceRange()
				.setLow(new Quantity().setValue(BigDecimal.valueOf(low)).setUnit((String) test[2]))
				.setHigh(new Quantity().setValue(BigDecimal.valueOf(high)).setUnit((String) test[2]));
			String flag = (shown.doubleValue() > high) ? "H" : (shown.doubleValue() < low) ? "L" : "N";
			observation.addInterpretation(new CodeableConcept(
					new Coding("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", flag, null)));
			add(bundle, observation);
			report.addResult(new Reference("Observation/obs-" + id + "-" + t));
		}
		add(bundle, report);
	}

	/** A discharge summary as a one-page PDF, in Russian (DejaVu Sans). */
	private static byte[] summary(PersonName name, LocalDate born, LocalDate admitted, LocalDate discharged,
			String[] illness) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			PDType0Font font;
			try (InputStream in = PaediatricHistories.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(pdf, in);
			}
			try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
				text.beginText();
				text.setFont(font, 14);
				text.newLineAtOffset(56, 780);
				text.showText("Выписной эпикриз");
				text.setFont(font, 11);
				for (String line : List.of("", "Пациент: " + name.full() + ", дата рождения " + DAY.format(born),
						"Находился на стационарном лечении с " + DAY.format(admitted) + " по " + DAY.format(discharged),
						"Диагноз: " + illness[1] + " (МКБ-10 " + illness[0] + ")",
						"Проведено лечение, состояние при выписке удовлетворительное.",
						"Рекомендовано наблюдение педиатра по месту жительства.")) {
					text.newLineAtOffset(0, -18);
					text.showText(line);
				}
				text.endText();
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(Bundle bundle, Resource resource) {
		bundle.addEntry()
			.setFullUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart())
			.setResource(resource)
			.getRequest()
			.setMethod(Bundle.HTTPVerb.PUT)
			.setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(MOSCOW).toInstant());
	}

	private static Date at(LocalDate day, int hour) {
		return Date.from(day.atTime(hour, 0).atZone(MOSCOW).toInstant());
	}

}

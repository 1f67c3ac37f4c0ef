package org.medkarta.vaccination;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The national calendar of preventive vaccinations (Order of the Ministry of Health No.
 * 1122n of 06.12.2021, Appendix 1, as amended by No. 677n of 12.12.2023), read from
 * {@value #SOURCE}, which cites its source. The rows for adults, the catch-up rows
 * without a fixed age and the yearly influenza vaccination are not in it.
 */
public final class NationalCalendar {

	static final String SOURCE = "vaccination/national-calendar.csv";

	/** Every dose, in the order of the calendar's ages. */
	public static final List<Dose> DOSES = read();

	private static final Map<Disease, List<Dose>> BY_DISEASE = DOSES.stream()
		.collect(Collectors.groupingBy(Dose::disease, () -> new EnumMap<>(Disease.class),
				Collectors.toUnmodifiableList()));

	private NationalCalendar() {
	}

	/** The doses of one disease, in order. */
	public static List<Dose> of(Disease disease) {
		return BY_DISEASE.getOrDefault(disease, List.of());
	}

	static List<Dose> read() {
		InputStream in = NationalCalendar.class.getClassLoader().getResourceAsStream(SOURCE);
		if (in == null) {
			throw new IllegalStateException("The vaccination calendar " + SOURCE + " is missing");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Dose> doses = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				doses.add(dose(line, number));
			}
			return List.copyOf(doses);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Dose dose(String line, int number) {
		String[] cells = line.split(";", -1);
		if (cells.length != 7) {
			throw new IllegalStateException(
					SOURCE + " line " + number + ": 7 cells expected, " + cells.length + " found");
		}
		try {
			return new Dose(Disease.valueOf(cells[0]), cells[1], Period.parse(cells[2]), period(cells[3]),
					Dose.Who.valueOf(cells[4].toUpperCase(Locale.ROOT)), period(cells[5]), cells[6]);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(SOURCE + " line " + number + ": " + ex.getMessage(), ex);
		}
	}

	private static Period period(String cell) {
		return cell.isEmpty() ? null : Period.parse(cell);
	}

}

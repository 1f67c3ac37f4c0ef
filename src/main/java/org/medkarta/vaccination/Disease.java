package org.medkarta.vaccination;

import java.util.List;
import java.util.Locale;

/**
 * What the calendar's vaccinations protect against, with the words by which Russian
 * clinic systems name their vaccines. Diphtheria and tetanus are one series: АКДС for the
 * first four doses, АДС-М for the revaccinations at 6 and 14 years.
 */
public enum Disease {

	HEPATITIS_B("гепатит b", "гепатита b", "гепатит в", "гепатита в", "энджерикс", "регевак"),
	TUBERCULOSIS("бцж", "туберкул"), PNEUMOCOCCAL("пневмокок", "превенар", "синфлорикс"),
	DIPHTHERIA_TETANUS("акдс", "адс", "коклюш", "дифтер", "столбня", "инфанрикс", "пентаксим"),
	POLIOMYELITIS("полиомиелит", "имовакс", "полимилекс"), HIB("гемофильн", "акт-хиб", "хиберикс"),
	MEASLES_MUMPS_RUBELLA("кор", "краснух", "паротит", "приорикс", "вактривир");

	private final List<String> words;

	Disease(String... words) {
		this.words = List.of(words);
	}

	/** Whether a vaccine's name names this disease. */
	public boolean names(String vaccine) {
		if (vaccine == null) {
			return false;
		}
		return namesLowered(vaccine.toLowerCase(Locale.ROOT));
	}

	/** The same for a name already lower-cased with the root locale. */
	boolean namesLowered(String lowered) {
		for (String word : this.words) {
			if (lowered.contains(word)) {
				return true;
			}
		}
		return false;
	}

}

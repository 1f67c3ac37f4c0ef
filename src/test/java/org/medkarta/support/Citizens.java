package org.medkarta.support;

import java.time.LocalDate;
import java.util.Map;

import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.RegistryEntries;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens brought to the STANDARD level through the pages: registered, their identity
 * put in the demo registry, their personal data entered and matched.
 */
public final class Citizens {

	private Citizens() {
	}

	/** A valid SNILS from nine digits and the check number they call for. */
	public static Snils snils(String nine) {
		return new Snils(nine + String.format("%02d", Snils.checkFor(nine)));
	}

	/**
	 * A new citizen at STANDARD, signed in.
	 * @param snilsLead the first digit of the citizen's SNILS, so tests can derive other
	 * SNILS from the same phone without colliding
	 */
	public static Standard standard(int port, JdbcClient jdbc, RegistryEntries registry, PersonName name, Sex sex,
			char snilsLead) {
		String phone = Phones.fresh();
		WebSession web = new WebSession(port);
		Accounts.register(web, new Outbox(jdbc), phone, "st" + phone.substring(3) + "@example.ru");
		Snils snils = snils(snilsLead + phone.substring(4));
		LocalDate born = LocalDate.of(1986, 4, 2);
		LocalDate issued = LocalDate.of(2006, 5, 3);
		registry.put(new PersonalData(name, born, sex, new PassportNumber("4509", phone.substring(6)), issued,
				new IssuerCode("770-011"), snils, null));
		web.open("/profile/personal-data");
		web.submit("/profile/personal-data",
				Map.of("surname", name.surname(), "name", name.name(), "patronymic", name.patronymic(), "birthDate",
						born.toString(), "sex", sex.name(), "passportSeries", "4509", "passportNumber",
						phone.substring(6), "passportIssuedOn", issued.toString(), "issuerCode", "770-011", "snils",
						snils.display()));
		assertThat(jdbc.sql("SELECT trust_level FROM accounts WHERE phone = :p")
			.param("p", phone)
			.query(String.class)
			.single()).isEqualTo("STANDARD");
		return new Standard(web, phone, snils);
	}

	/**
	 * A citizen at STANDARD.
	 *
	 * @param web the citizen's signed-in session
	 * @param phone the citizen's phone
	 * @param snils the citizen's SNILS
	 */
	public record Standard(WebSession web, String phone, Snils snils) {
	}

}

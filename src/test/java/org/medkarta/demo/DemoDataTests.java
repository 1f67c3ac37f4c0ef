package org.medkarta.demo;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data loads through the module APIs on start, and loading again adds nothing.
 */
@MedkartaTest
@TestPropertySource(properties = "medkarta.demo-data.enabled=true")
class DemoDataTests {

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void loadsOnceAndOnlyOnce() {
		long accounts = count("SELECT count(*) FROM accounts WHERE email LIKE '%@demo.medkarta.ru'");
		long registry = count("SELECT count(*) FROM citizen_registry");
		assertThat(accounts).isEqualTo(DemoAccounts.ALL.size());
		assertThat(registry).isGreaterThanOrEqualTo(1 + DemoIdentities.FOR_VISITORS.size());
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count("SELECT count(*) FROM accounts WHERE email LIKE '%@demo.medkarta.ru'")).isEqualTo(accounts);
		assertThat(count("SELECT count(*) FROM citizen_registry")).isEqualTo(registry);
		assertThat(count("SELECT count(*) FROM demo_data_loads")).isEqualTo(7);
		assertThat(count("SELECT count(*) FROM doctors d JOIN clinics c ON c.id = d.clinic_id "
				+ "WHERE c.ogrn IN ('1027800000018', '1027800000029')"))
			.as("the demo clinics' doctors, loaded once")
			.isEqualTo(7);
		assertThat(count("SELECT count(*) FROM slots")).as("their slots for the next two weeks").isPositive();
		assertThat(
				count("SELECT count(*) FROM record_entries WHERE snils = '34567800399' AND section = 'VACCINATIONS'"))
			.isGreaterThanOrEqualTo(15);
		assertThat(count("SELECT count(*) FROM record_entries WHERE snils = '34567800399' AND section = 'LAB_RESULTS' "
				+ "AND details->>'unit' = 'г/л'"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("SELECT count(*) FROM record_entries WHERE snils = '34567800399' AND section = 'DIAGNOSES' "
				+ "AND code_system = 'urn:oid:1.2.643.5.1.13.13.11.1005'"))
			.isGreaterThanOrEqualTo(10);
		assertThat(count("SELECT count(*) FROM clinics WHERE ogrn IN ('1027800000018', '1027800000029')")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM clinic_members m JOIN clinics c ON c.id = m.clinic_id "
				+ "WHERE c.ogrn IN ('1027800000018', '1027800000029')"))
			.isEqualTo(4);
		assertThat(count("SELECT count(*) FROM clinic_attachments a JOIN clinics c ON c.id = a.clinic_id "
				+ "WHERE c.ogrn = '1027800000018' AND a.child_snils = '34567800399'"))
			.isOne();
		assertThat(count("SELECT count(*) FROM accounts WHERE trust_level = 'CONFIRMED' AND phone = '+79000000001'"))
			.isOne();
		assertThat(count("SELECT count(*) FROM guardianships g JOIN accounts a ON a.id = g.account_id "
				+ "WHERE g.status = 'VERIFIED' AND a.phone = '+79000000001'"))
			.isOne();
	}

}

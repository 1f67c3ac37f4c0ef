package org.medkarta.demo;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark data: the children get histories of a benchmark's size through the import
 * path, and a second start adds nothing.
 */
@MedkartaTest
@TestPropertySource(properties = { "medkarta.bench.children=3", "medkarta.bench.density=4" })
class BenchDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BenchData bench;

	private long entries() {
		return this.jdbc.sql("SELECT count(*) FROM record_entries WHERE snils IN (:a, :b, :c)")
			.param("a", BenchData.snils(0).value())
			.param("b", BenchData.snils(1).value())
			.param("c", BenchData.snils(2).value())
			.query(Long.class)
			.single();
	}

	@Test
	void threeChildrenGetBigHistoriesOnce() throws Exception {
		long loaded = entries();
		assertThat(loaded).isGreaterThan(3 * 100);
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinic_attachments WHERE child_snils = :s")
			.param("s", BenchData.snils(2).value())
			.query(Long.class)
			.single()).isOne();
		this.bench.run(new DefaultApplicationArguments());
		assertThat(entries()).isEqualTo(loaded);
	}

}

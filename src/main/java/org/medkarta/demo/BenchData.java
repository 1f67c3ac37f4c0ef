package org.medkarta.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.fhir.context.FhirContext;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.Ogrn;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;
import org.medkarta.records.RecordImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Data for the benchmarks of docs/BENCHMARKS.md: {@code medkarta.bench.children} children
 * attached to a clinic of their own, each with a generated history of some 500 entries
 * sent through the import path, as a clinic's system would. Runs after the demo data, in
 * the default mode only, when the setting is given; a second start finds the children
 * there and adds nothing.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "medkarta.bench.children")
@Order(100)
class BenchData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchData.class);

	private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
			"Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов");

	private static final List<String> NAMES = List.of("Артём", "Максим", "Лев", "Марк", "Иван", "Матвей", "Дмитрий",
			"Тимофей", "Роман", "Михаил");

	private final Clinics clinics;

	private final RecordImport records;

	private final FhirContext fhir;

	private final Clock clock;

	private final int children;

	private final int density;

	BenchData(Clinics clinics, RecordImport records, FhirContext fhir, Clock clock,
			@Value("${medkarta.bench.children}") int children, @Value("${medkarta.bench.density:4}") int density) {
		this.clinics = clinics;
		this.records = records;
		this.fhir = fhir;
		this.clock = clock;
		this.children = children;
		this.density = density;
	}

	/** The bench children's SNILS: 9 digits from the index, then their check number. */
	static Snils snils(int index) {
		String nine = String.format("5%08d", index);
		return new Snils(nine + String.format("%02d", Snils.checkFor(nine)));
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.children <= 0 || this.clinics.clinicOf(snils(this.children - 1)).isPresent()) {
			log.info("Benchmark data: nothing to add");
			return;
		}
		ClinicId clinic = asAdmin(
				() -> this.clinics.register(new Clinics.NewClinic("ГБУЗ «Детская поликлиника для нагрузочных тестов»",
						"Поликлиника нагрузочных тестов",
						new Ogrn("1027800099999".substring(0, 12) + Ogrn.checkDigitFor("102780009999")),
						"Санкт-Петербург", "+7 812 000-00-99", "Пн–Пт 8:00–20:00")));
		PaediatricHistories histories = new PaediatricHistories(this.fhir);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		AtomicLong resources = new AtomicLong();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> work = new java.util.ArrayList<>();
			for (int i = 0; i < this.children; i++) {
				int index = i;
				work.add(pool.submit(() -> {
					Random random = new Random(index);
					Snils snils = snils(index);
					asAdmin(() -> {
						this.clinics.attach(snils, clinic, today.minusYears(1));
						return null;
					});
					String bundle = histories.history(snils,
							new PersonName(SURNAMES.get(random.nextInt(SURNAMES.size())),
									NAMES.get(random.nextInt(NAMES.size())), null),
							Sex.MALE, today.minusDays(365L + random.nextInt(17 * 365)), today, this.density);
					RecordImport.Result result = this.records.importBundle(clinic, bundle);
					if (result.status() != 200) {
						throw new IllegalStateException("Benchmark history refused: " + result.status());
					}
					resources.addAndGet(bundle.split("\"request\"").length - 1);
					if (index % 500 == 499) {
						log.info("Benchmark data: {} children", index + 1);
					}
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Benchmark data: {} children, {} resources in {} s, {} resources/s", this.children, resources.get(),
				String.format("%.0f", seconds), String.format("%.0f", resources.get() / seconds));
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new CurrentAccount(new AccountId(UUID.fromString("00000000-0000-0000-0000-000000000002")),
						java.util.Set.of(Role.ADMIN)),
				null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}

package org.medkarta.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data on the first start of the default mode. Each step is recorded in
 * {@code demo_data_loads} in the same transaction as its data, so a second start, or a
 * second node, loads nothing twice.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "medkarta.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** The demo loader acts as an administrator of its own. */
	private static final CurrentAccount LOADER = new CurrentAccount(
			new AccountId(UUID.fromString("00000000-0000-0000-0000-000000000001")), java.util.Set.of(Role.ADMIN));

	private final Accounts accounts;

	private final RegistryEntries registry;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDataLoader(Accounts accounts, RegistryEntries registry, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.accounts = accounts;
		this.registry = registry;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOADER, null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			step("accounts", this::loadAccounts);
			step("citizen-registry", this::loadRegistry);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void step(String name, Runnable load) {
		this.transactions.executeWithoutResult((status) -> {
			int claimed = this.jdbc
				.sql("INSERT INTO demo_data_loads (step, loaded_at) VALUES (:step, :now) ON CONFLICT DO NOTHING")
				.param("step", name)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			if (claimed == 0) {
				log.info("Demo data '{}' already loaded", name);
				return;
			}
			load.run();
			log.info("Demo data '{}' loaded", name);
		});
	}

	private void loadRegistry() {
		this.registry.put(DemoIdentities.PARENT);
		DemoIdentities.FOR_VISITORS.forEach(this.registry::put);
	}

	private void loadAccounts() {
		for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
			this.accounts.create(new Accounts.NewAccount(new PhoneNumber(demo.phone()), EmailAddress.of(demo.email()),
					demo.roles(), DemoAccounts.PASSWORD));
		}
	}

}

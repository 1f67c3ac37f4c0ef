package org.medkarta.family.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.family.KinshipStatus;
import org.medkarta.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GuardianshipsApi implements Guardianships {

	private static final String LINK_COLUMNS = "SELECT c.*, g.status, g.verified_by_registry, g.decided_at";

	private static final String LINK_TABLES = " FROM guardianships g JOIN children c ON c.id = g.child_id ";

	private static final String LINKS = LINK_COLUMNS + LINK_TABLES;

	private final JdbcClient jdbc;

	GuardianshipsApi(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<GuardianLink> childrenOf(AccountId guardian) {
		return this.jdbc.sql(LINKS + "WHERE g.account_id = :account ORDER BY c.birth_date, c.id")
			.param("account", guardian.value())
			.query((rs, row) -> link(rs))
			.list();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<GuardianLink> link(AccountId guardian, ChildId child) {
		return this.jdbc.sql(LINKS + "WHERE g.account_id = :account AND g.child_id = :child")
			.param("account", guardian.value())
			.param("child", child.value())
			.query((rs, row) -> link(rs))
			.optional();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<CheckedLink> linkOn(AccountId guardian, ChildId child, LocalDate on) {
		return this.jdbc
			.sql(LINK_COLUMNS + ", EXISTS (SELECT 1 FROM court_restrictions WHERE account_id = g.account_id "
					+ "AND child_id = g.child_id AND " + CourtRestrictionChecks.IN_FORCE + ") AS restricted"
					+ LINK_TABLES + "WHERE g.account_id = :account AND g.child_id = :child")
			.param("account", guardian.value())
			.param("child", child.value())
			.param("on", Date.valueOf(on))
			.query((rs, row) -> new CheckedLink(link(rs), rs.getBoolean("restricted")))
			.optional();
	}

	@Override
	public List<AccountId> otherVerifiedGuardians(ChildId child, AccountId except) {
		return this.jdbc
			.sql("SELECT account_id FROM guardianships WHERE child_id = :child AND account_id <> :account "
					+ "AND status = 'VERIFIED' ORDER BY decided_at, account_id")
			.param("child", child.value())
			.param("account", except.value())
			.query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class)))
			.list();
	}

	@Override
	public List<Guardian> verifiedGuardians(java.time.LocalDate bornAfter, ChildId after, int children) {
		return this.jdbc
			.sql("WITH page AS (SELECT c.id FROM children c WHERE c.birth_date > :born AND c.id > :after "
					+ "AND EXISTS (SELECT 1 FROM guardianships g WHERE g.child_id = c.id AND g.status = 'VERIFIED') "
					+ "ORDER BY c.id LIMIT :limit) SELECT c.*, g.account_id FROM page "
					+ "JOIN children c ON c.id = page.id JOIN guardianships g ON g.child_id = c.id "
					+ "WHERE g.status = 'VERIFIED' ORDER BY c.id, g.account_id")
			.param("born", bornAfter)
			.param("after", (after != null) ? after.value() : new UUID(0, 0))
			.param("limit", children)
			.query((rs, row) -> new Guardian(new AccountId(rs.getObject("account_id", UUID.class)), facts(rs)))
			.list();
	}

	@Override
	public Optional<ChildFacts> child(ChildId child) {
		return this.jdbc.sql("SELECT * FROM children WHERE id = :id")
			.param("id", child.value())
			.query((rs, row) -> facts(rs))
			.optional();
	}

	private static GuardianLink link(ResultSet rs) throws SQLException {
		return new GuardianLink(facts(rs), KinshipStatus.valueOf(rs.getString("status")),
				rs.getBoolean("verified_by_registry"),
				(rs.getTimestamp("decided_at") != null) ? rs.getTimestamp("decided_at").toInstant() : null);
	}

	private static ChildFacts facts(ResultSet rs) throws SQLException {
		return new ChildFacts(new ChildId(rs.getObject("id", UUID.class)),
				new PersonName(rs.getString("surname"), rs.getString("name"), rs.getString("patronymic")),
				rs.getDate("birth_date").toLocalDate(), new Snils(rs.getString("snils")),
				(rs.getDate("full_capacity_on") != null) ? rs.getDate("full_capacity_on").toLocalDate() : null);
	}

}

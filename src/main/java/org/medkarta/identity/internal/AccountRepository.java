package org.medkarta.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, UUID> {

	Optional<Account> findByPhone(String phone);

	@Query("SELECT * FROM accounts WHERE email = :email AND email_confirmed_at IS NOT NULL")
	Optional<Account> findByConfirmedEmail(String email);

	@Query("SELECT count(*) > 0 FROM accounts WHERE email = :email AND email_confirmed_at IS NOT NULL")
	boolean confirmedEmailExists(String email);

	boolean existsByPhone(String phone);

	@Query("SELECT trust_level FROM accounts WHERE id = :id")
	Optional<String> findTrustLevel(UUID id);

	@Query("SELECT a.id FROM accounts a JOIN personal_data p ON p.account_id = a.id "
			+ "WHERE p.snils = :snils AND a.trust_level IN ('STANDARD', 'CONFIRMED')")
	Optional<UUID> findIdByVerifiedSnils(String snils);

}

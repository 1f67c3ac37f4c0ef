package org.medkarta.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface IdentityReviewRepository extends CrudRepository<IdentityReview, UUID> {

	@Query("SELECT * FROM identity_reviews WHERE account_id = :account ORDER BY submitted_at DESC LIMIT 1")
	Optional<IdentityReview> findLatestOf(UUID account);

	@Query("SELECT * FROM identity_reviews WHERE status = :status ORDER BY submitted_at LIMIT 200")
	List<IdentityReview> findQueue(String status);

}

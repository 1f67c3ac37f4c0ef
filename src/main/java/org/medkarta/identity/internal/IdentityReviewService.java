package org.medkarta.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.documents.Audience;
import org.medkarta.documents.DocumentId;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.Documents;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.IdentityReviewDecided;
import org.medkarta.identity.TrustLevel;
import org.medkarta.identity.TrustLevelRaised;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step from STANDARD to CONFIRMED: the citizen uploads the passport's main spread, an
 * operator compares it with the personal data and confirms or rejects with a reason.
 */
@Service
class IdentityReviewService {

	private final IdentityReviewRepository reviews;

	private final AccountRepository accounts;

	private final Documents documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdentityReviewService(IdentityReviewRepository reviews, AccountRepository accounts, Documents documents,
			ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.accounts = accounts;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<IdentityReview> latestOf(AccountId account) {
		return this.reviews.findLatestOf(account.value());
	}

	/**
	 * Stores the passport scan and puts the case in the operator queue.
	 * @throws org.medkarta.documents.DocumentRefusedException when the file is refused
	 */
	@Transactional
	Submission submit(AccountId id, String fileName, byte[] content) {
		Account account = this.accounts.findById(id.value()).orElseThrow();
		if (account.trustLevel() != TrustLevel.STANDARD) {
			return Submission.NOT_STANDARD;
		}
		Optional<IdentityReview> latest = this.reviews.findLatestOf(id.value());
		if (latest.isPresent() && latest.get().status() == IdentityReview.Status.PENDING) {
			return Submission.ALREADY_PENDING;
		}
		DocumentId document = this.documents.store(id.value(), DocumentKind.PASSPORT, fileName, content);
		this.documents.share(document, Audience.operators());
		this.reviews.save(IdentityReview.submitted(id.value(), document.value(), this.clock.instant()));
		return Submission.SUBMITTED;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	List<IdentityReview> queue(IdentityReview.Status status) {
		return this.reviews.findQueue(status.name());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	Optional<IdentityReview> find(UUID reviewId) {
		return this.reviews.findById(reviewId);
	}

	/**
	 * Decides a case as it was shown to the operator ({@code version}); a case changed
	 * meanwhile, by another operator or by the citizen, is not decided.
	 * @throws OptimisticLockingFailureException when another operator decided at the same
	 * moment; nothing of this decision is kept
	 */
	@Transactional
	@PreAuthorize("hasRole('OPERATOR')")
	Decision decide(UUID reviewId, long version, AccountId operator, boolean confirm, String reason) {
		IdentityReview review = this.reviews.findById(reviewId).orElseThrow();
		if (!review.version().equals(version) || review.status() != IdentityReview.Status.PENDING) {
			return Decision.CHANGED_MEANWHILE;
		}
		Account account = this.accounts.findById(review.accountId()).orElseThrow();
		if (confirm && account.trustLevel() != TrustLevel.STANDARD) {
			return Decision.DATA_CHANGED;
		}
		// The review is written first: of two operators, the one whose write comes second
		// fails on its version, and the whole decision is rolled back.
		if (confirm) {
			review.confirm(operator.value(), this.clock.instant());
			this.reviews.save(review);
			account.confirmIdentity(this.clock.instant());
			this.accounts.save(account);
			this.events.publishEvent(new TrustLevelRaised(account.accountId(), TrustLevel.CONFIRMED));
		}
		else {
			review.reject(operator.value(), reason, this.clock.instant());
			this.reviews.save(review);
		}
		this.events.publishEvent(new IdentityReviewDecided(account.accountId(), confirm, review.reason()));
		return Decision.DECIDED;
	}

	enum Submission {

		SUBMITTED, NOT_STANDARD, ALREADY_PENDING

	}

	enum Decision {

		DECIDED, CHANGED_MEANWHILE, DATA_CHANGED

	}

}

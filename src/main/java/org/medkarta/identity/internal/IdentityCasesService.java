package org.medkarta.identity.internal;

import java.util.List;

import org.medkarta.identity.IdentityCases;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class IdentityCasesService implements IdentityCases {

	private final IdentityReviewRepository reviews;

	private final AccountRepository accounts;

	IdentityCasesService(IdentityReviewRepository reviews, AccountRepository accounts) {
		this.reviews = reviews;
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	public List<Case> cases(String status) {
		return this.reviews.findQueue(status)
			.stream()
			.map((review) -> new Case(review.id(),
					this.accounts.findById(review.accountId())
						.flatMap(Account::personalData)
						.map((row) -> row.toData().name().full())
						.orElse("—"),
					review.submittedAt()))
			.toList();
	}

}

package org.medkarta.identity.internal;

import java.util.UUID;

import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.IdentityVerification;
import org.medkarta.identity.PersonalData;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class IdentityVerificationService implements IdentityVerification {

	private final PersonalDataService personalData;

	private final IdentityReviewService reviews;

	IdentityVerificationService(PersonalDataService personalData, IdentityReviewService reviews) {
		this.personalData = personalData;
		this.reviews = reviews;
	}

	@Override
	public boolean enterPersonalData(PersonalData data) {
		PersonalDataService.Outcome outcome = this.personalData.save(current().id(), data);
		return !outcome.snilsTaken() && outcome.answer().matches();
	}

	@Override
	public void submitPassport(String fileName, byte[] content) {
		IdentityReviewService.Submission result = this.reviews.submit(current().id(), fileName, content);
		if (result != IdentityReviewService.Submission.SUBMITTED) {
			throw new IllegalStateException("The passport could not be submitted: " + result);
		}
	}

	@Override
	public void decide(UUID caseId, boolean confirm, String reason) {
		IdentityReview review = this.reviews.find(caseId).orElseThrow();
		IdentityReviewService.Decision decision = this.reviews.decide(caseId, review.version(), current().id(), confirm,
				reason);
		if (decision != IdentityReviewService.Decision.DECIDED) {
			throw new IllegalStateException("The case could not be decided: " + decision);
		}
	}

	private static CurrentAccount current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount account) {
			return account;
		}
		throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
				"No signed-in account");
	}

}

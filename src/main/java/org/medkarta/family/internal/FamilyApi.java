package org.medkarta.family.internal;

import java.util.Map;

import org.medkarta.documents.DocumentKind;
import org.medkarta.family.ChildDetails;
import org.medkarta.family.Family;
import org.medkarta.identity.CurrentAccount;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class FamilyApi implements Family {

	private final FamilyService family;

	FamilyApi(FamilyService family) {
		this.family = family;
	}

	@Override
	public boolean addChild(ChildDetails child, String fileName, byte[] birthCertificate) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentAccount current)) {
			throw new AuthenticationCredentialsNotFoundException("No signed-in account");
		}
		FamilyService.Added added = this.family.add(current.id(), child,
				Map.of(DocumentKind.BIRTH_CERTIFICATE, new FamilyService.Upload(fileName, birthCertificate)));
		if (added != FamilyService.Added.VERIFIED && added != FamilyService.Added.PENDING) {
			throw new IllegalStateException("The child could not be added: " + added);
		}
		return added == FamilyService.Added.VERIFIED;
	}

}

package org.medkarta.documents.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who asks for a document, read from the sign-in as identity makes it.
 */
class DocumentViewerTests {

	@Test
	void aSignedInCitizenIsTheirAccountWithNoAudience() {
		UUID id = UUID.randomUUID();
		assertThat(Viewer.of(signedIn(id, Role.CITIZEN)))
			.hasValueSatisfying((viewer) -> assertThat(viewer).isEqualTo(new Viewer(id, Set.of())));
	}

	@Test
	void anOperatorBelongsToTheOperatorsAudience() {
		UUID id = UUID.randomUUID();
		assertThat(Viewer.of(signedIn(id, Role.OPERATOR)))
			.hasValueSatisfying((viewer) -> assertThat(viewer.audiences()).containsExactly("operators"));
		assertThat(Role.OPERATOR.authority()).isEqualTo(Viewer.OPERATOR);
	}

	@Test
	void visitorsAndPrincipalsThatAreNoAccountAreNobody() {
		assertThat(Viewer.of(null)).isEmpty();
		assertThat(Viewer.of(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
			.isEmpty();
		assertThat(Viewer.of(UsernamePasswordAuthenticationToken.authenticated("not-an-account", null,
				List.of(new SimpleGrantedAuthority(Viewer.OPERATOR)))))
			.isEmpty();
		assertThat(Viewer.of(UsernamePasswordAuthenticationToken
			.unauthenticated(new CurrentAccount(new AccountId(UUID.randomUUID()), Set.of(Role.OPERATOR)), null)))
			.isEmpty();
	}

	private static UsernamePasswordAuthenticationToken signedIn(UUID id, Role role) {
		return UsernamePasswordAuthenticationToken.authenticated(new CurrentAccount(new AccountId(id), Set.of(role)),
				null, List.of(new SimpleGrantedAuthority(role.authority())));
	}

}

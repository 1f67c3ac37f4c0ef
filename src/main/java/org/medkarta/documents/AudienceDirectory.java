package org.medkarta.documents;

import java.util.Set;
import java.util.UUID;

/**
 * Tells documents which audiences an account belongs to beyond what its roles say, such
 * as the clinics whose staff it is on. The module that knows implements it; documents
 * asks every implementation on each download.
 */
public interface AudienceDirectory {

	Set<Audience> audiencesOf(UUID account);

}

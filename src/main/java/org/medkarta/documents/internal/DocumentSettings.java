package org.medkarta.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The per-account quota of SECURITY.md §11. Voided documents do not count.
 *
 * @param quotaBytes the total size of one account's documents
 * @param quotaFiles the number of one account's documents
 */
@ConfigurationProperties("medkarta.documents")
record DocumentSettings(@DefaultValue("100MB") DataSize quotaBytes, @DefaultValue("100") int quotaFiles) {

}

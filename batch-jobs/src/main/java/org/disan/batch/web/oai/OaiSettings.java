package org.disan.batch.web.oai;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code disan.oai.*} (or {@code DISAN_OAI_*}): how the OAI-PMH endpoint names itself and pages.
 *
 * @param pageSize records or identifiers per ListRecords / ListIdentifiers answer (1–1000)
 * @param baseUrl the endpoint's public address; by default the address the request came to
 * @param repositoryIdentifier the middle part of record identifiers, {@code oai:<it>:<record id>}
 */
@ConfigurationProperties(prefix = "disan.oai")
public record OaiSettings(
        Integer pageSize, String repositoryName, String adminEmail, String repositoryIdentifier, String baseUrl) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    public OaiSettings {
        pageSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalStateException("disan.oai.page-size must be between 1 and 1000: " + pageSize);
        }
        repositoryName = repositoryName == null || repositoryName.isBlank() ? "disan archive" : repositoryName;
        adminEmail = adminEmail == null || adminEmail.isBlank() ? "archivist@example.org" : adminEmail;
        repositoryIdentifier = repositoryIdentifier == null || repositoryIdentifier.isBlank()
                ? "disan" : repositoryIdentifier;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
    }

    /** The defaults, for code that runs without Spring (benchmarks). */
    public static OaiSettings defaults() {
        return new OaiSettings(null, null, null, null, null);
    }
}

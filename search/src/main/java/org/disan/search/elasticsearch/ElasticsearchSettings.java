package org.disan.search.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where disan's Elasticsearch index lives and how to reach it.
 *
 * @param url the server's base URL, {@code http://} or {@code https://}
 * @param apiKey an encoded API key (the {@code encoded} value Elasticsearch returns), or {@code null}
 * @param username a user for basic authentication, or {@code null}; needs {@code password}
 * @param password that user's password, or {@code null}
 * @param indexName the alias searches and writes go through; each physical index behind it is named
 *     after it with a suffix, so a reindex can build a new one and switch the alias atomically
 * @param caCertificate a PEM file with the certificate authority to trust for {@code https}, or
 *     {@code null} to trust the JVM's default authorities
 */
public record ElasticsearchSettings(
        URI url, String apiKey, String username, String password, String indexName, Path caCertificate) {

    public static final String DEFAULT_INDEX_NAME = "disan";

    // Elasticsearch's own rules for index names, minus the ones an alias may break in surprising ways.
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    public ElasticsearchSettings {
        apiKey = blankToNull(apiKey);
        username = blankToNull(username);
        password = blankToNull(password);
        indexName = indexName == null || indexName.isBlank() ? DEFAULT_INDEX_NAME : indexName.strip();
        List<String> problems = problems(url, apiKey, username, password, indexName);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid Elasticsearch settings: " + String.join("; ", problems));
        }
    }

    /** Settings for an unsecured server at the given URL, with the default index name. */
    public static ElasticsearchSettings of(String url) {
        return new ElasticsearchSettings(parse(url), null, null, null, DEFAULT_INDEX_NAME, null);
    }

    /**
     * Settings from {@code DISAN_ES_URL}, {@code DISAN_ES_API_KEY}, {@code DISAN_ES_USERNAME},
     * {@code DISAN_ES_PASSWORD}, {@code DISAN_ES_INDEX} and {@code DISAN_ES_CA_CERT} (a PEM file);
     * empty when {@code DISAN_ES_URL} is not set, i.e. when the embedded index is meant.
     */
    public static Optional<ElasticsearchSettings> fromEnvironment(Map<String, String> environment) {
        String url = blankToNull(environment.get("DISAN_ES_URL"));
        if (url == null) {
            return Optional.empty();
        }
        String caCertificate = blankToNull(environment.get("DISAN_ES_CA_CERT"));
        return Optional.of(new ElasticsearchSettings(parse(url),
                environment.get("DISAN_ES_API_KEY"),
                environment.get("DISAN_ES_USERNAME"),
                environment.get("DISAN_ES_PASSWORD"),
                environment.get("DISAN_ES_INDEX"),
                caCertificate == null ? null : Path.of(caCertificate)));
    }

    public ElasticsearchSettings withIndexName(String name) {
        return new ElasticsearchSettings(url, apiKey, username, password, name, caCertificate);
    }

    public ElasticsearchSettings withApiKey(String key) {
        return new ElasticsearchSettings(url, key, null, null, indexName, caCertificate);
    }

    public ElasticsearchSettings withBasicAuth(String user, String secret) {
        return new ElasticsearchSettings(url, null, user, secret, indexName, caCertificate);
    }

    public boolean usesTls() {
        return "https".equals(url.getScheme());
    }

    /** Secrets never reach logs or error messages. */
    @Override
    public String toString() {
        return "ElasticsearchSettings[url=" + url
                + ", apiKey=" + redacted(apiKey)
                + ", username=" + username
                + ", password=" + redacted(password)
                + ", indexName=" + indexName
                + ", caCertificate=" + caCertificate + "]";
    }

    private static URI parse(String url) {
        try {
            return url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid Elasticsearch settings: url '" + url + "' is not a URL", e);
        }
    }

    private static List<String> problems(URI url, String apiKey, String username, String password, String indexName) {
        List<String> problems = new ArrayList<>();
        if (url == null) {
            problems.add("url is missing");
        } else {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add("url must start with http:// or https:// (was " + url + ")");
            }
            if (url.getHost() == null) {
                problems.add("url has no host (was " + url + ")");
            }
        }
        if (apiKey != null && username != null) {
            problems.add("give an API key or a username and password, not both");
        }
        if (username != null && password == null) {
            problems.add("username " + username + " needs a password");
        }
        if (username == null && password != null) {
            problems.add("a password needs a username");
        }
        if (!INDEX_NAME.matcher(indexName).matches()) {
            problems.add("index name '" + indexName
                    + "' must be lower case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String redacted(String secret) {
        return secret == null ? "null" : "*****";
    }
}

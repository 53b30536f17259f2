package org.disan.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The index settings and explicit mapping of an archive index, kept as a resource so that the
 * production code and the tests create exactly the same index.
 */
public final class ArchiveMapping {

    public static final String RESOURCE = "/elasticsearch/archive-mapping.json";

    private ArchiveMapping() {}

    /** The mapping's fields alone ({@code {"properties": ...}}), to add new fields to an existing index. */
    public static String properties() {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var properties = mapper.createObjectNode();
            properties.set("properties", mapper.readTree(json()).get("mappings").get("properties"));
            return mapper.writeValueAsString(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The resource's JSON: {@code {"settings": ..., "mappings": ...}}. */
    public static String json() {
        try (InputStream in = ArchiveMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the index mapping " + RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

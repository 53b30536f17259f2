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

    /** The mapping alone ({@code {"dynamic": ..., "properties": ...}}), to add new fields to an index. */
    public static String mappings() {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            return mapper.writeValueAsString(mapper.readTree(json()).get("mappings"));
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

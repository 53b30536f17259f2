package org.disan.search.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The index settings and explicit mapping of an archive index, kept as a resource so that the
 * production code and the tests create exactly the same index.
 */
public final class ArchiveMapping {

    public static final String RESOURCE = "/elasticsearch/archive-mapping.json";

    private ArchiveMapping() {}

    /** The mapping's fields alone, {@code {"properties": ...}}, as a mapping update takes them. */
    public static String propertiesJson() {
        return rewritten((mapper, body) ->
                mapper.createObjectNode().set("properties", body.path("mappings").path("properties")));
    }

    /** {@link #json()} with the alias whose write index the new index is: {@code "aliases": {alias: ...}}. */
    public static String jsonWithWriteAlias(String alias) {
        return rewritten((mapper, body) -> {
            body.putObject("aliases").putObject(alias).put("is_write_index", true);
            return body;
        });
    }

    /** The resource's JSON read as a tree, changed by {@code change} and written out again. */
    private static String rewritten(BiFunction<ObjectMapper, ObjectNode, JsonNode> change) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.writeValueAsString(change.apply(mapper, (ObjectNode) mapper.readTree(json())));
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

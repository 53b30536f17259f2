package org.disan.batch.web.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The IIIF Presentation 3.0 JSON schema that the IIIF presentation validator publishes
 * ({@code schema/iiif_3_0.json} of IIIF/presentation-validator), kept under
 * {@code src/test/resources/iiif/}. It names no draft the validator knows, and uses draft-07
 * keywords ({@code dependencies}, {@code const}), so it is read as draft 7.
 */
final class PresentationSchema {

    private static final Schema SCHEMA = load();

    private PresentationSchema() {
    }

    /** What is wrong with the document, one line each; empty when it is valid. */
    static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = PresentationSchema.class.getResourceAsStream("/iiif/iiif_3_0.json")) {
            JsonNode schema = IiifArchive.JSON.readTree(in);
            ((com.fasterxml.jackson.databind.node.ObjectNode) schema).put("$schema", SpecificationVersion.DRAFT_7.getDialectId());
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

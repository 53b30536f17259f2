package org.disan.search.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.disan.ingest.model.ArchiveRecord;

/**
 * Records as JSON inside the index. The full text is kept out of the JSON and stored once, in the
 * highlighted text field, then joined back on reading.
 */
final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RecordJson() {}

    static String withoutText(ArchiveRecord r) {
        ArchiveRecord bare = r.withFullText("");
        try {
            return MAPPER.writeValueAsString(bare);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record " + r.id() + " cannot be written as JSON", e);
        }
    }

    static ArchiveRecord read(String json, String fullText) {
        try {
            return MAPPER.readValue(json, ArchiveRecord.class).withFullText(fullText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record cannot be read back from JSON", e);
        }
    }
}

package org.disan.search.elasticsearch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapper for documents sent to and read from Elasticsearch. Each document keeps the whole
 * {@code ArchiveRecord} (not indexed) so that {@code get} returns the record exactly as indexed.
 */
final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private RecordJson() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }
}

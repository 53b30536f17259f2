package org.disan.ingest.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON form of a record, wherever it is kept: the archive store's record files (pretty),
 * the embedded index's stored field and the Elasticsearch documents (compact). ISO-8601 dates,
 * map keys in order so that the same record always gives the same bytes, and tolerant of fields
 * added later, so that a record written by an older version still reads (its preview notes
 * become {@link ArchiveRecord#previewsNotMade()}, see {@link LegacyPreviewNotes}).
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(LegacyPreviewNotes.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private RecordJson() {}

    /** The record as the archive store keeps it: indented, one file a record. */
    public static byte[] write(ArchiveRecord record) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(record);
        } catch (IOException e) {
            throw new IllegalStateException("record " + record.id() + " cannot be written as JSON", e);
        }
    }

    /** The record on one line, as an index keeps it. */
    public static String compact(ArchiveRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record " + record.id() + " cannot be written as JSON", e);
        }
    }

    public static ArchiveRecord read(byte[] json) throws IOException {
        return MAPPER.readValue(json, ArchiveRecord.class);
    }

    public static ArchiveRecord read(String json) {
        try {
            return MAPPER.readValue(json, ArchiveRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record cannot be read back from JSON", e);
        }
    }

    /** A mapper with these settings, for a client that writes and reads records itself (Elasticsearch's). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}

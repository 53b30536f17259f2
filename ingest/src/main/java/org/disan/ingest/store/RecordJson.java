package org.disan.ingest.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.disan.ingest.model.ArchiveRecord;

/** The one JSON form of a record: pretty, ISO-8601 dates, tolerant of fields added later. */
public final class RecordJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RecordJson() {}

    public static byte[] write(ArchiveRecord record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new IllegalStateException("record " + record.id() + " cannot be written as JSON", e);
        }
    }

    public static ArchiveRecord read(byte[] json) throws IOException {
        return MAPPER.readValue(json, ArchiveRecord.class);
    }
}

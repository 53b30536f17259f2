package org.disan.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/**
 * The lines a parser process and its parent exchange over a connection: one JSON request per
 * file, and one JSON reply carrying the request's number, on the connection the request came on.
 * The text travels through a file, since it can be tens of megabytes.
 */
final class ParserMessages {

    /** Parse {@code file}; write its text to {@code textFile}; answer with the same {@code id}. */
    record Request(long id, String file, String fileName, Identification identification, OcrPlan ocr,
            IngestSettings settings, String textFile) {}

    /**
     * What the parse gave; the text is in the request's text file. {@code retiring} says the
     * process's heap stays full after collection and it should be replaced before the next file.
     */
    record Reply(long id, FailureKind failureKind, String failure, Integer truncatedAt, List<String> warnings,
            Map<String, List<String>> metadata, boolean retiring) {

        static Reply of(long id, Extraction extraction, boolean retiring) {
            Map<String, List<String>> metadata = new LinkedHashMap<>();
            for (String name : extraction.metadata().names()) {
                metadata.put(name, List.of(extraction.metadata().getValues(name)));
            }
            return new Reply(id, extraction.failureKind(), extraction.failure(), extraction.truncatedAt(), extraction.warnings(), metadata,
                    retiring);
        }

        Extraction toExtraction(String text) {
            if (failure != null) {
                return Extraction.failed(failureKind, failure);
            }
            Metadata restored = new Metadata();
            metadata.forEach((name, values) -> values.forEach(v -> restored.add(name, v)));
            return new Extraction(text, truncatedAt, restored, null, null, warnings == null ? List.of() : warnings);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private ParserMessages() {}

    static String write(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String line, Class<T> type) throws IOException {
        return JSON.readValue(line, type);
    }
}

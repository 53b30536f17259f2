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

    /** What a request asks of the parser process. */
    enum Action {
        /** Hash the file and read its type ({@link Identifier}). */
        IDENTIFY,
        /** Read the file's text and metadata ({@link Extractor}). */
        READ
    }

    /**
     * Identify or read {@code file}; when reading, write its text to {@code textFile}; answer with
     * the same {@code id}.
     */
    record Request(long id, Action action, String file, String fileName, Identification identification, OcrPlan ocr,
            IngestSettings settings, String textFile) {

        static Request toIdentify(long id, String file, String fileName) {
            return new Request(id, Action.IDENTIFY, file, fileName, null, null, null, null);
        }
    }

    /**
     * What the parse gave; the text is in the request's text file. {@code retiring} says the
     * process's heap stays full after collection and it should be replaced before the next file.
     * An identification's reply carries the {@code identification}, or the reason the file could
     * not be read as the {@code failure}.
     */
    record Reply(long id, FailureKind failureKind, String failure, Integer truncatedAt, List<String> warnings,
            Map<String, List<String>> metadata, boolean retiring, Identification identification) {

        static Reply of(long id, Extraction extraction, boolean retiring) {
            Map<String, List<String>> metadata = new LinkedHashMap<>();
            for (String name : extraction.metadata().names()) {
                metadata.put(name, List.of(extraction.metadata().getValues(name)));
            }
            return new Reply(id, extraction.failureKind(), extraction.failure(), extraction.truncatedAt(), extraction.warnings(), metadata,
                    retiring, null);
        }

        static Reply identified(long id, Identification identification) {
            return new Reply(id, null, null, null, List.of(), Map.of(), false, identification);
        }

        static Reply unreadable(long id, String reason) {
            return new Reply(id, FailureKind.UNREADABLE, reason, null, List.of(), Map.of(), false, null);
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

package org.disan.batch.bench.cold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an ingest of the cold benchmark did, read back from its data folder: the report's counts,
 * and how many of the scanned documents (the generator's {@code scans/} folder) got their text, so
 * that a faster run is seen to have done the same work.
 */
record IngestCounts(int filesFound, int ingested, int failed, int scans, int scansWithText) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCANS = "scans/";

    static IngestCounts read(Path dataFolder) throws IOException {
        Path report = onlyReport(dataFolder.resolve("reports"));
        JsonNode summary = JSON.readTree(report.toFile());
        Path outcomes = Path.of(summary.path("outcomesFile").asText());
        int scans = 0;
        int scansWithText = 0;
        for (String line : Files.readAllLines(outcomes)) {
            JsonNode outcome = JSON.readTree(line);
            if (!outcome.path("file").asText().startsWith(SCANS)) {
                continue;
            }
            scans++;
            String id = outcome.path("recordId").asText("");
            if ("INGESTED".equals(outcome.path("status").asText()) && id.length() > 4
                    && !storedText(dataFolder, id).isBlank()) {
                scansWithText++;
            }
        }
        return new IngestCounts(summary.path("filesFound").asInt(), summary.path("ingested").asInt(),
                summary.path("failed").asInt(), scans, scansWithText);
    }

    private static String storedText(Path dataFolder, String id) throws IOException {
        Path record = dataFolder.resolve(Path.of("store", "objects", id.substring(0, 2), id.substring(2, 4), id,
                "record.json"));
        return Files.isRegularFile(record) ? JSON.readTree(record.toFile()).path("fullText").asText("") : "";
    }

    private static Path onlyReport(Path reports) throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> summaries = files.filter(file -> file.getFileName().toString().matches("ingest-\\d+\\.json"))
                    .toList();
            if (summaries.size() != 1) {
                throw new IOException("expected one ingest report in " + reports + ", found " + summaries.size());
            }
            return summaries.get(0);
        }
    }
}

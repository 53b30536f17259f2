package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's path, through the real {@code disan} entry point: ingest the repository's sample
 * collection ({@code samples/hanoi-creative-city}) into a fresh data folder, search it, and
 * ingest it again.
 */
@TestMethodOrder(OrderAnnotation.class)
class IngestSamplesEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOP = 3;

    @TempDir
    static Path temp;

    static Path data;
    static Path samples;
    static SampleSheet sheet;
    static CommandLineRun firstIngest;

    @BeforeAll
    static void ingestTheSamples() throws Exception {
        samples = Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city")).toAbsolutePath().normalize();
        sheet = SampleSheet.read(samples.resolve("metadata.csv"));
        data = temp.resolve("data");
        firstIngest = CommandLineRun.of("ingest", "--data", data.toString(), samples.toString());
    }

    @Test
    @Order(1)
    void theFirstIngestCompletesAndIngestsEveryFileOfTheSheet() {
        assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
        assertThat(firstIngest.out()).contains("Ingest of " + samples).contains("failed        0")
                .contains("ingested      " + sheet.rows().size()).contains("problems      0");
        assertThat(firstIngest.err()).contains("Scanned " + samples).contains("100%");

        Map<String, String> statusByFile = outcomes(1).stream()
                .collect(Collectors.toMap(OutcomeLine::file, OutcomeLine::status));
        for (SampleSheet.Row row : sheet.rows()) {
            assertThat(statusByFile).as(row.file()).containsEntry(row.file(), "INGESTED");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha noi", "Hà Nội", "HÀ NỘI", "Ha\u0300 No\u0323\u0302i"})
    @Order(2)
    void haNoiFindsTheHaNoiDocumentWithAndWithoutDiacritics(String query) throws Exception {
        assertThat(Normalizer.isNormalized("Ha\u0300 No\u0323\u0302i", Normalizer.Form.NFC)).isFalse();

        assertThat(topFiles(query)).contains("hanoi-thanh-pho-sang-tao.pdf");
    }

    @Test
    @Order(2)
    void theIndexItselfFoldsDecomposedInput() {
        try (ArchiveIndex index = ArchiveIndexes.open(new DataFolder(data))) {
            var hits = index.search(org.disan.search.SearchRequest.of("Ha\u0300 No\u0323\u0302i", TOP)).hits();
            assertThat(hits).extracting(hit -> hit.originalFileName()).contains("hanoi-thanh-pho-sang-tao.pdf");
        }
    }

    @Test
    @Order(2)
    void chieuDoiDoFindsThe1010EdictWithItsTitleFromTheSheet() throws Exception {
        JsonNode hit = hitFor("chieu doi do", "chieu-doi-do-1010.pdf");

        assertThat(hit.get("title").asText()).isEqualTo(sheet.byFile("documents/chieu-doi-do-1010.pdf").title());
        assertThat(hit.get("type").asText()).isEqualTo("Text");
        // Its first page is the thumbnail, made when the result list first shows it.
        assertThat(hit.get("hasThumbnail").asBoolean()).isTrue();
        assertThat(hit.get("id").asText()).matches("[0-9a-f]{64}");
        assertThat(hit.get("score").asDouble()).isPositive();
    }

    @Test
    @Order(2)
    void craftVillagesFindsTheEnglishDocument() throws Exception {
        assertThat(topFiles("craft villages")).contains("creative-cities-network.pdf");
    }

    @Test
    @Order(2)
    void theScannedPageIsFoundByItsOcrText() throws Exception {
        assertThat(topFiles("thap rua")).contains("ban-tin-thang-long-scan.pdf");
    }

    @Test
    @Order(2)
    void restrictedRecordsAreFoundOnlyWithAll() throws Exception {
        assertThat(files(search("ca tru", "--limit", "20"))).doesNotContain("ca-tru-gioi-thieu.mp3");
        assertThat(files(search("ca tru", "--all", "--limit", "20"))).contains("ca-tru-gioi-thieu.mp3");
    }

    @Test
    @Order(2)
    void theTextOutputShowsRankTitleTypeSnippetAndId() {
        CommandLineRun run = CommandLineRun.of("search", "--data", data.toString(), "chieu", "doi", "do");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(" 1. ")
                .contains(sheet.byFile("documents/chieu-doi-do-1010.pdf").title())
                .contains("Text (application/pdf)")
                .containsPattern("\\[Chiếu\\] \\[dời\\] \\[đô\\]")
                .containsPattern("id [0-9a-f]{64}")
                .doesNotContain("<mark>");
    }

    @Test
    @Order(2)
    void everyImageHasAThumbnailInTheStoreAndNoOtherFileAPreviewYet() {
        ArchiveStore store = new ArchiveStore(new DataFolder(data).store());
        List<String> images = sheet.rows().stream()
                .filter(row -> row.type().equals("StillImage"))
                .map(SampleSheet.Row::file)
                .toList();
        assertThat(images).hasSizeGreaterThanOrEqualTo(4);
        List<ArchiveRecord> records;
        try (var stream = store.records()) {
            records = stream.toList();
        }
        for (String image : images) {
            ArchiveRecord record = records.stream()
                    .filter(r -> r.provenance().originalPath().equals(image))
                    .findFirst().orElseThrow(() -> new AssertionError("no record for " + image));
            Derivative small = record.derivative(DerivativeKind.THUMBNAIL_SMALL)
                    .orElseThrow(() -> new AssertionError("no small thumbnail for " + image));
            assertThat(store.resolve(small.path())).as(image).isRegularFile();
            assertThat(Math.max(small.width(), small.height())).as(image).isEqualTo(200);
        }
        // Page images, waveforms and keyframes are made on first view, not at ingest.
        assertThat(records.stream().filter(r -> !images.contains(r.provenance().originalPath())))
                .hasSize(sheet.rows().size() - images.size())
                .allSatisfy(r -> assertThat(r.derivatives()).as(r.provenance().originalPath()).isEmpty());
    }

    @Test
    @Order(3)
    void aSecondIngestFindsOnlyDuplicatesAndLeavesTheIndexAsItWas() throws Exception {
        long before = indexCount();

        CommandLineRun again = CommandLineRun.of("ingest", "--data", data.toString(), samples.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        List<OutcomeLine> outcomes = outcomes(2);
        assertThat(outcomes).isNotEmpty().allSatisfy(line -> assertThat(line.status()).isEqualTo("DUPLICATE"));
        assertThat(again.out()).contains("ingested      0").contains("duplicates    " + outcomes.size());
        assertThat(indexCount()).isEqualTo(before);
        assertThat(CommandLineRun.of("jobs", "--data", data.toString()).out())
                .containsPattern("\\s1\\s+COMPLETED").containsPattern("\\s2\\s+COMPLETED");
    }

    private static long indexCount() {
        try (ArchiveIndex index = ArchiveIndexes.open(new DataFolder(data))) {
            return index.count();
        }
    }

    private static List<OutcomeLine> outcomes(long jobInstanceId) {
        return new IngestReports(new DataFolder(data).reports()).outcomeLog(jobInstanceId).read();
    }

    private static List<String> topFiles(String query) throws Exception {
        return files(search(query, "--limit", String.valueOf(TOP)));
    }

    private static JsonNode hitFor(String query, String fileName) throws Exception {
        for (JsonNode hit : search(query, "--limit", String.valueOf(TOP)).get("hits")) {
            if (hit.get("originalFileName").asText().equals(fileName)) {
                return hit;
            }
        }
        throw new AssertionError(fileName + " is not in the top " + TOP + " for " + query);
    }

    private static JsonNode search(String query, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--json", "--data", data.toString()));
        args.addAll(List.of(options));
        args.add(query);
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(result.get("hits").size());
        return result;
    }

    private static List<String> files(JsonNode result) {
        List<String> files = new ArrayList<>();
        result.get("hits").forEach(hit -> files.add(hit.get("originalFileName").asText()));
        return files;
    }
}

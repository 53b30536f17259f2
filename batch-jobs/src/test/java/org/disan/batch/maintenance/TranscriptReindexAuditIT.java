package org.disan.batch.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Transcript;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.disan.search.CueHit;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording's transcripts survive {@code disan reindex} from the store, and {@code disan audit} checks them. */
class TranscriptReindexAuditIT {

    @TempDir
    Path temp;

    @Test
    void reindexRebuildsCuesFromTheStoreAndAuditFindsAnAlteredTranscript() throws Exception {
        Path samples = Path.of("..", "samples", "hanoi-creative-city", "audio").toAbsolutePath();
        Path submission = Files.createDirectories(temp.resolve("loi-chao"));
        Files.copy(samples.resolve("loi-chao-ha-noi.wav"), submission.resolve("loi-chao-ha-noi.wav"));
        Files.writeString(submission.resolve("loi-chao-ha-noi.vi.vtt"),
                "WEBVTT\n\n00:01.000 --> 00:04.000\nXin chào Hà Nội, thành phố sáng tạo\n", StandardCharsets.UTF_8);
        DataFolder data = new DataFolder(temp.resolve("data"));
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--data", data.root().toString(),
                submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        deleteTree(data.index());
        CommandLineRun reindex = CommandLineRun.of("reindex", "--data", data.root().toString());

        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        try (ArchiveIndex index = ArchiveIndexes.open(data)) {
            SearchHit hit = index.search(SearchRequest.of("thanh pho sang tao", 5)).hits().get(0);
            assertThat(hit.cues()).extracting(CueHit::start, CueHit::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, "Xin chào Hà Nội, thành phố sáng tạo"));
        }
        assertThat(CommandLineRun.of("audit", "--data", data.root().toString()).exitCode()).isZero();

        ArchiveStore store = new ArchiveStore(data.store());
        ArchiveRecord record = store.records().findFirst().orElseThrow();
        Transcript transcript = record.transcripts().get(0);
        Files.writeString(store.resolve(transcript.path()), "WEBVTT\n\n00:01.000 --> 00:04.000\nđã bị sửa\n");
        CommandLineRun audit = CommandLineRun.of("audit", "--data", data.root().toString());

        assertThat(audit.exitCode()).isEqualTo(1);
        assertThat(audit.out() + audit.err()).contains("CHANGED").contains(transcript.path());
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

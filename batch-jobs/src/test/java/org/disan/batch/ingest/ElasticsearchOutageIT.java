package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disan.batch.ingest.UninterruptedOutcome.assertArchiveEqualsUninterruptedRun;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch is stopped for 30 seconds in the middle of an ingest and started again. The ingest
 * retries the chunk it cannot index, then fails once the retries are spent (the server is still
 * down); the same command, run once the server is back, finishes it. The server is one of the test's
 * own, never the build's shared one.
 */
class ElasticsearchOutageIT {

    private static final int LETTERS = 300;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Once they have together read one file more than a chunk each, one of them has committed a chunk. */
    private static final int PARTITIONS = 2;
    /** A bound against hanging, not a speed target: on a crowded machine ingests have crawled at one file a second. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final String ALIAS = "disan-outage";

    @TempDir
    Path temp;

    @Test
    void anIngestCutOffFromElasticsearchIsFinishedByTheSameCommandOnceItIsBack() throws Exception {
        try (TestElasticsearchServer elasticsearch = TestElasticsearchServer.start()) {
            // given an ingest of many small files into Elasticsearch
            LetterSubmission submission = LetterSubmission.write(temp.resolve("letters"), LETTERS);
            DataFolder data = new DataFolder(temp.resolve("data"));
            String[] ingest = {"ingest", "--es-url", elasticsearch.url(), "--es-index", ALIAS, "--ocr", "off",
                    "--threads", String.valueOf(PARTITIONS), "--data", data.root().toString(),
                    submission.root().toString()};
            Instant stopped;
            try (DisanProcess run = DisanProcess.start(temp.resolve("ingest.log"), ingest)) {
                run.awaitFilesDone(PARTITIONS * IngestFileRangeStepConfiguration.CHUNK_SIZE + 1, PATIENCE);

                // when Elasticsearch stops in the middle of it
                run.whileFrozen(elasticsearch::stop);
                stopped = Instant.now();

                // then the ingest fails once its retries are spent, saying how to go on
                assertThat(run.awaitExit(PATIENCE)).as(run.output()).isEqualTo(1);
                assertThat(run.output()).contains("did not complete (status FAILED)")
                        .contains("Run the same command again");
            }

            // when Elasticsearch is started again after 30 seconds, and the same command runs
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));
            elasticsearch.restart();
            CommandLineRun resumed = CommandLineRun.of(ingest);

            // then it resumes where the first run stopped and completes
            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(resumed.err()).containsPattern("Resuming after [1-9]\\d* of " + submission.files() + " files");

            // and the archive is what an uninterrupted run would have left
            ElasticsearchSettings index = ElasticsearchSettings.of(elasticsearch.url()).withIndexName(ALIAS);
            assertArchiveEqualsUninterruptedRun(data, IndexSelection.of(index), submission);
        }
    }
}

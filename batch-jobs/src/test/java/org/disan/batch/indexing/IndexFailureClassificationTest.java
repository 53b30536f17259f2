package org.disan.batch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import org.disan.search.IndexUnavailableException;
import org.disan.search.RecordsRefusedException;
import org.disan.search.RefusedRecord;
import org.disan.search.elasticsearch.ElasticsearchIndexException;
import org.junit.jupiter.api.Test;

/**
 * Which index failures the ingest and reindex steps retry, which they skip, and which fail the job:
 * they go by the two failures of the {@code ArchiveIndex} contract alone.
 */
class IndexFailureClassificationTest {

    private final TransientIndexFailures retryable = new TransientIndexFailures();
    private final RefusedRecordSkipPolicy skippable = new RefusedRecordSkipPolicy();

    @Test
    void anUnavailableIndexIsRetriedAndNeverSkipped() {
        List<RuntimeException> unavailable = List.of(
                new IndexUnavailableException("Elasticsearch at http://127.0.0.1:1 failed to index 10 records"
                        + " after 6 attempts", new ConnectException("Connection refused")),
                new IndexUnavailableException("The index is being written by another disan process"));

        for (RuntimeException failure : unavailable) {
            assertThat(retryable.classify(failure)).as(failure.toString()).isTrue();
            assertThat(skippable.shouldSkip(failure, 0)).as(failure.toString()).isFalse();
        }
    }

    @Test
    void aRecordTheIndexRefusesIsSkippedNotRetried() {
        RecordsRefusedException refused = new RecordsRefusedException(1,
                List.of(new RefusedRecord("a", "400 mapper_parsing_exception: failed to parse")));

        assertThat(retryable.classify(refused)).isFalse();
        assertThat(skippable.shouldSkip(refused, 0)).isTrue();
    }

    @Test
    void otherFailuresAreNeitherRetriedNorSkippedSoTheJobFails() {
        List<Throwable> others = List.of(
                new ElasticsearchIndexException("security_exception: missing authentication"),
                new IOException("cannot write the outcome log: Is a directory"),
                new IllegalArgumentException("a bug in building a document"),
                new IllegalStateException("a bug", new IndexUnavailableException("wrapped, so not the index's word")));

        for (Throwable failure : others) {
            assertThat(retryable.classify(failure)).as(failure.toString()).isFalse();
            assertThat(skippable.shouldSkip(failure, 0)).as(failure.toString()).isFalse();
        }
    }
}

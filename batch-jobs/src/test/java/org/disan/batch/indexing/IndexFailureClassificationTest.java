package org.disan.batch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.disan.search.elasticsearch.BulkFailure;
import org.disan.search.elasticsearch.BulkIndexingException;
import org.disan.search.elasticsearch.ElasticsearchIndexException;
import org.junit.jupiter.api.Test;

/** Which index failures the ingest and reindex steps retry, which they skip, and which fail the job. */
class IndexFailureClassificationTest {

    private final TransientIndexFailures retryable = new TransientIndexFailures();
    private final RefusedRecordSkipPolicy skippable = new RefusedRecordSkipPolicy();

    @Test
    void anUnavailableIndexIsRetriedAndNeverSkipped() {
        List<RuntimeException> unavailable = List.of(
                new ElasticsearchIndexException("Elasticsearch at http://127.0.0.1:1 failed to index 10 records after 6 attempts",
                        new ConnectException("Connection refused")),
                new BulkIndexingException(2, List.of(new BulkFailure("a", 429, "es_rejected_execution_exception"),
                        new BulkFailure("b", 400, "mapper_parsing_exception"))),
                new IllegalStateException("The index is being written by another disan process",
                        new LockObtainFailedException("Lock held by another program: write.lock")),
                new AlreadyClosedException("this IndexWriter is closed"),
                new UncheckedIOException("Indexing 10 records failed", new IOException("No space left on device")));

        for (RuntimeException cause : unavailable) {
            IndexWriteException failure = new IndexWriteException(10, cause);
            assertThat(retryable.classify(failure)).as(cause.toString()).isTrue();
            assertThat(skippable.shouldSkip(failure, 0)).as(cause.toString()).isFalse();
        }
    }

    @Test
    void aRecordTheIndexRefusesIsSkippedNotRetried() {
        List<RuntimeException> refusals = List.of(
                new BulkIndexingException(1, List.of(new BulkFailure("a", 400, "mapper_parsing_exception"))),
                new IllegalArgumentException("Document contains at least one immense term"));

        for (RuntimeException cause : refusals) {
            IndexWriteException failure = new IndexWriteException(1, cause);
            assertThat(retryable.classify(failure)).as(cause.toString()).isFalse();
            assertThat(skippable.shouldSkip(failure, 0)).as(cause.toString()).isTrue();
        }
    }

    @Test
    void otherFailuresAreNeitherRetriedNorSkippedSoTheJobFails() {
        List<Throwable> others = List.of(
                new IndexWriteException(1, new ElasticsearchIndexException("security_exception: missing authentication")),
                new IOException("cannot write the outcome log: Is a directory"),
                new IllegalStateException("a bug"));

        for (Throwable failure : others) {
            assertThat(retryable.classify(failure)).as(failure.toString()).isFalse();
            assertThat(skippable.shouldSkip(failure, 0)).as(failure.toString()).isFalse();
        }
    }
}

package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.LockObtainFailedException;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.OcrMode;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import org.disan.search.SearchRequest;
import org.disan.search.SearchResult;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The ingest step's retry policy and refused records against real index failures. The data folder's
 * Lucene index is held open for writing by another writer, so the job's own writes really fail
 * with Lucene's lock error until that writer is closed; a record with a subject too long for a
 * Lucene facet is really refused by Lucene.
 */
class IngestFaultToleranceIT {

    private static final int FILES = 25;
    private static final int ATTEMPTS = 3;

    @TempDir
    Path temp;

    private Path submission;
    private DataFolder data;
    private LuceneArchiveIndex otherWriter;
    private WritesAfterRelease index;
    private ConfigurableApplicationContext context;

    @BeforeEach
    void submissionAndAnIndexHeldByAnotherWriter() throws Exception {
        submission = Files.createDirectories(temp.resolve("letters"));
        for (int i = 1; i <= FILES; i++) {
            Files.writeString(submission.resolve("letter-%02d.txt".formatted(i)), "Thư số " + i + " gửi Thăng Long.");
        }
        data = new DataFolder(temp.resolve("data"));
        otherWriter = LuceneArchiveIndex.open(data.index()); // creating the index leaves its writer open
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        otherWriter.close();
    }

    @Test
    void anIndexThatComesBackWhileRetryingLosesAndDuplicatesNothing() throws Exception {
        // given an index that the other writer releases at the job's third attempt to write
        start(3);

        // when the ingest runs
        JobExecution execution = ingest();

        // then the first chunk was retried twice after real lock failures and the job completed
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(index.failures).hasSize(2).allSatisfy(failure -> assertThat(causes(failure))
                .anyMatch(cause -> cause instanceof LockObtainFailedException));
        assertThat(filesStep(execution).getRollbackCount()).isEqualTo(2);
        // and the retried chunk's files were not processed again: each is INGESTED the first time
        List<OutcomeLine> outcomes = new IngestReports(data.reports()).outcomeLog(1).read();
        assertThat(outcomes).hasSize(FILES).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo("INGESTED");
            assertThat(line.reason()).as("a note that the file was done again").isNull();
        });
        assertThat(storedRecords()).isEqualTo(FILES);
        assertThat(index.count()).isEqualTo(FILES);
    }

    @Test
    void anIndexThatStaysUnavailableFailsTheJobAfterBoundedAttemptsAndARestartFinishes() throws Exception {
        // given an index that the other writer never releases during the first run
        start(Integer.MAX_VALUE);

        // when the ingest runs, then it fails after the bounded number of attempts, skipping nothing
        JobExecution failed = ingest();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(index.failures).hasSize(ATTEMPTS);
        assertThat(filesStep(failed).getSkipCount()).isZero();
        assertThat(failed.getAllFailureExceptions()).anySatisfy(failure -> assertThat(causes(failure))
                .anyMatch(cause -> cause instanceof LockObtainFailedException));

        // when the other writer is gone and the same ingest runs again
        otherWriter.close();
        JobExecution resumed = ingest();

        // then the same job instance completes with every file stored and indexed once
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance()).isEqualTo(failed.getJobInstance());
        IngestReport report = new IngestReports(data.reports()).read(resumed.getJobInstance().getInstanceId());
        assertThat(report.ingested() + report.duplicates()).isEqualTo(FILES);
        assertThat(report.failed()).isZero();
        assertThat(storedRecords()).isEqualTo(FILES);
        assertThat(index.count()).isEqualTo(FILES);
    }

    @Test
    void aRecordTheIndexRefusesIsFailedWithItsReasonAndTheOthersAreIndexed() throws Exception {
        // given one file whose subject is longer than a Lucene facet may be, and a free index
        otherWriter.close();
        String longSubject = "chữ ".repeat(12_000);
        Files.writeString(submission.resolve("metadata.csv"),
                "file,title,subject\nletter-07.txt,Thư số bảy,\"" + longSubject + "\"\n");
        start(1);

        // when the ingest runs
        JobExecution execution = ingest();

        // then the job completes, the refused file is FAILED with Lucene's reason, the rest indexed
        // in the same calls, one per partition: nothing is skipped and written again one by one
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(filesStep(execution).getWriteSkipCount()).isZero();
        assertThat(index.attempts).hasValue(LargestFirstPartitionHandler.PER_THREAD);
        IngestReport report = new IngestReports(data.reports()).read(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("letter-07.txt");
            assertThat(failure.messages().get(0)).contains("the search index refused it").contains("exceeds maximum allowed").hasSizeLessThan(600);
        });
        assertThat(report.ingested()).isEqualTo(FILES - 1);
        assertThat(index.count()).isEqualTo(FILES - 1);
        // the refused file stays stored: a re-run once the index can take it indexes it
        assertThat(storedRecords()).isEqualTo(FILES);
    }

    private void start(int releaseAtAttempt) {
        context = new SpringApplicationBuilder(IngestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(IngestApplication.properties(data))
                .properties(Map.of("disan.index.retry.attempts", ATTEMPTS,
                        "disan.index.retry.first-backoff-ms", 20, "disan.index.retry.max-backoff-ms", 50))
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton(IngestProgressOutput.BEAN, new PrintWriter(new StringWriter()));
                    ctx.getBeanFactory().registerSingleton(IndexSelection.BEAN, IndexSelection.embedded());
                    ((GenericApplicationContext) ctx).registerBean("indexAfterRelease", ArchiveIndex.class,
                            () -> index = new WritesAfterRelease(LuceneArchiveIndex.open(data.index()), releaseAtAttempt),
                            definition -> definition.setPrimary(true));
                })
                .run();
    }

    private JobExecution ingest() throws Exception {
        return context.getBean(IngestJobRunner.class).run(submission, OcrMode.OFF, true, 1);
    }

    private static StepExecution filesStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("ingestFilesStep")).findFirst().orElseThrow();
    }

    private long storedRecords() {
        try (var records = new ArchiveStore(data.store()).records()) {
            return records.count();
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    /**
     * The job's real Lucene index; at the given write attempt the other writer is closed first, so
     * the attempts before fail on its lock and the ones after succeed.
     */
    private final class WritesAfterRelease implements ArchiveIndex {

        private final LuceneArchiveIndex delegate;
        private final int releaseAt;
        private final AtomicInteger attempts = new AtomicInteger();
        final List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        WritesAfterRelease(LuceneArchiveIndex delegate, int releaseAt) {
            this.delegate = delegate;
            this.releaseAt = releaseAt;
        }

        @Override
        public void index(Collection<ArchiveRecord> records) {
            if (attempts.incrementAndGet() == releaseAt) {
                otherWriter.close();
            }
            try {
                delegate.index(records);
            } catch (RuntimeException e) {
                failures.add(e);
                throw e;
            }
        }

        @Override
        public void delete(String id) {
            delegate.delete(id);
        }

        @Override
        public Optional<ArchiveRecord> get(String id) {
            return delegate.get(id);
        }

        @Override
        public SearchResult search(SearchRequest request) {
            return delegate.search(request);
        }

        @Override
        public org.disan.search.harvest.HarvestPage harvest(org.disan.search.harvest.HarvestQuery query) {
            return delegate.harvest(query);
        }

        @Override
        public java.util.List<String> harvestSetValues(org.disan.search.harvest.HarvestSet set) {
            return delegate.harvestSetValues(set);
        }

        @Override
        public java.util.List<org.disan.search.SearchHit> related(String id, int limit, SearchRequest.Audience audience) {
            return delegate.related(id, limit, audience);
        }

        @Override
        public long count() {
            return delegate.count();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}

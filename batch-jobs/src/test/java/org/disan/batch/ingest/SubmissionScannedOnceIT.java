package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.ingest.OcrMode;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.ExtraField;
import org.disan.ingest.store.ArchiveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A partitioned ingest reads its submission once: the partitions take the files the job's scan
 * dealt them, with everything the sheet said about each, instead of walking the folder and
 * parsing the sheet again. The job, its H2 job repository and the Lucene index are real; the
 * scans are counted where every scan of the job passes.
 */
class SubmissionScannedOnceIT {

    private static final int LETTERS = 12;
    /** What each of the 8 partitions of two threads writes when 12 files are dealt out to them. */
    private static final Long[] DEALT = {2L, 2L, 2L, 2L, 1L, 1L, 1L, 1L};

    @TempDir
    Path temp;

    private Path submission;
    private DataFolder data;
    private final AtomicInteger scans = new AtomicInteger();
    private ConfigurableApplicationContext context;

    @BeforeEach
    void submissionWithASheet() throws Exception {
        submission = Files.createDirectories(temp.resolve("thư từ"));
        StringBuilder sheet = new StringBuilder("file,title,creator,access,accession number\n");
        for (int i = 1; i <= LETTERS; i++) {
            String name = "letter-%02d.txt".formatted(i);
            // Different sizes, so dealing them out largest first really reorders them.
            Files.writeString(submission.resolve(name), "Thư số " + i + " gửi Thăng Long." + " Kính thư.".repeat(i));
            sheet.append(name).append(",Thư số ").append(i).append(",\"Nguyễn Du; Hồ Xuân Hương\",")
                    .append(i % 3 == 0 ? "embargoed:2031-02-03" : i % 2 == 0 ? "restricted" : "public")
                    .append(",HN-").append(1000 + i).append('\n');
        }
        Files.writeString(submission.resolve("metadata.csv"), sheet);
        data = new DataFolder(temp.resolve("data"));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void partitionsIngestWhatTheJobsOneScanFound() throws Exception {
        // given an ingest context whose scans are counted
        start();

        // when the submission is ingested by two threads, in four partitions each
        JobExecution execution = ingest();

        // then the job completed, the 12 files were dealt out to the 8 partitions, and the submission was scanned once
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(partitions(execution)).extracting(StepExecution::getWriteCount).containsExactly(DEALT);
        assertThat(scans).hasValue(1);
        // and the completed partitions no longer keep their files in the job repository
        assertThat(storedContexts(execution)).hasSize(DEALT.length).noneMatch(partition -> partition.containsKey(PartitionFiles.FILES));
        // and every record has what the sheet said about its file, and the submission's name
        Map<String, ArchiveRecord> records = records();
        assertThat(records).hasSize(LETTERS);
        for (int i = 1; i <= LETTERS; i++) {
            ArchiveRecord record = records.get("letter-%02d.txt".formatted(i));
            assertThat(record.dublinCore().title()).isEqualTo("Thư số " + i);
            assertThat(record.dublinCore().creators()).containsExactly("Nguyễn Du", "Hồ Xuân Hương");
            assertThat(record.access()).isEqualTo(i % 3 == 0 ? new Access(AccessLevel.EMBARGOED, LocalDate.of(2031, 2, 3))
                    : i % 2 == 0 ? Access.RESTRICTED : Access.PUBLIC);
            assertThat(record.extraFields()).containsExactly(new ExtraField("accession number", "HN-" + (1000 + i)));
            assertThat(record.provenance().submission()).isEqualTo("thư từ");
        }
    }

    @Test
    void aRestartedIngestScansOnceAndItsPartitionsKeepTheFilesTheyWereDealt() throws Exception {
        // given an ingest that fails because its outcome log cannot be written
        start();
        Path blockedLog = Files.createDirectories(new IngestReports(data.reports()).outcomeLog(1).file());
        JobExecution failed = ingest();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(scans).hasValue(1);
        assertThat(storedContexts(failed)).as("a failed partition keeps its files for the restart")
                .hasSize(DEALT.length).allMatch(partition -> partition.containsKey(PartitionFiles.FILES));

        // when the obstacle is gone and the ingest runs again
        Files.delete(blockedLog);
        scans.set(0);
        JobExecution resumed = ingest();

        // then the same instance completes, having read the submission once for its report
        assertThat(resumed.getStatus()).as(resumed.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance()).isEqualTo(failed.getJobInstance());
        assertThat(partitions(resumed)).extracting(StepExecution::getWriteCount).containsExactly(DEALT);
        assertThat(scans).hasValue(1);
        assertThat(records()).hasSize(LETTERS);
    }

    @Test
    void aRestartOfASubmissionThatChangedSinceTheSplitIsRefused() throws Exception {
        // given a failed ingest
        start();
        Path blockedLog = Files.createDirectories(new IngestReports(data.reports()).outcomeLog(1).file());
        assertThat(ingest().getStatus()).isEqualTo(BatchStatus.FAILED);

        // when a file is added to the submission and the ingest runs again
        Files.delete(blockedLog);
        Files.writeString(submission.resolve("letter-13.txt"), "Thư số 13, gửi muộn.");
        JobExecution resumed = ingest();

        // then it fails, saying why, rather than ingesting the old list and reporting the new one
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(resumed.getAllFailureExceptions()).anySatisfy(failure -> assertThat(failure)
                .hasMessageContaining("holds 13 files, not the 12").hasMessageContaining("changed while being ingested"));
    }

    private void start() {
        context = new SpringApplicationBuilder(IngestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(IngestApplication.properties(data))
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton(IngestProgressOutput.BEAN, new PrintWriter(new StringWriter()));
                    ctx.getBeanFactory().registerSingleton(IndexSelection.BEAN, IndexSelection.embedded());
                    SubmissionScanning real = SubmissionScanning.unpackingInto(data.unpacked());
                    ((GenericApplicationContext) ctx).registerBean("countedScanning", SubmissionScanning.class,
                            () -> (folder, access) -> {
                                scans.incrementAndGet();
                                return real.scan(folder, access);
                            },
                            definition -> definition.setPrimary(true));
                })
                .run();
    }

    private JobExecution ingest() throws Exception {
        return context.getBean(IngestJobRunner.class).run(submission, OcrMode.OFF, true, 2);
    }

    private static List<StepExecution> partitions(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(IngestFileRangeStepConfiguration.STEP_NAME + ":"))
                .sorted(java.util.Comparator.comparing(StepExecution::getStepName))
                .toList();
    }

    /** The partitions' execution contexts as the job repository holds them. */
    private List<ExecutionContext> storedContexts(JobExecution execution) {
        JobExplorer explorer = context.getBean(JobExplorer.class);
        return partitions(execution).stream()
                .map(partition -> explorer.getStepExecution(execution.getId(), partition.getId()).getExecutionContext())
                .toList();
    }

    private Map<String, ArchiveRecord> records() {
        try (var records = new ArchiveStore(data.store()).records()) {
            return records.collect(Collectors.toMap(record -> record.provenance().originalPath(), Function.identity()));
        }
    }
}

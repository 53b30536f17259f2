package org.disan.batch.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.disan.batch.data.DataFolder;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** The last step: writes the job instance's summary report and remembers where it is. */
public class ReportTasklet implements Tasklet {

    public static final String REPORT_FILE_KEY = "report.file";

    private final SubmissionSource source;
    private final IngestReports reports;
    private final DataFolder dataFolder;

    public ReportTasklet(SubmissionSource source, IngestReports reports, DataFolder dataFolder) {
        this.source = source;
        this.reports = reports;
        this.dataFolder = dataFolder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = job.getJobInstance().getInstanceId();
        IngestReport report = IngestReportBuilder.build(instanceId, job.getId(), instant(job.getStartTime()),
                source.submission(), reports.outcomeLog(instanceId), dataFolder);
        Path file = reports.write(report);
        job.getExecutionContext().putString(REPORT_FILE_KEY, file.toString());
        return RepeatStatus.FINISHED;
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? Instant.now() : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}

package org.disan.batch.ingest;

import java.util.List;
import java.util.Set;
import org.disan.ingest.FileIngester;
import org.disan.ingest.FailureKind;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestSettings;
import org.disan.ingest.ParserIsolation;
import org.disan.ingest.StageClock;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemStream;

/**
 * Identifies, extracts, derives and stores one file. A file that cannot be ingested becomes a
 * FAILED outcome with its reason, never an exception that would stop the batch. Thread-safe
 * because {@link FileIngester} is.
 */
public class FileIngestingProcessor implements ItemProcessor<SubmittedFile, IngestOutcome>, ItemStream {

    private final ArchiveStore store;
    private final IngestSettings settings;
    private final ParserIsolation isolation;
    private final String submissionName;
    private final Long jobExecutionId;
    private final StageClock clock;
    private final RedoneFiles redone;
    private volatile FileIngester ingester;

    /** @param isolation how to start parser processes, or {@code null} to parse in this process */
    public FileIngestingProcessor(ArchiveStore store, IngestSettings settings, ParserIsolation isolation,
            String submissionName, Long jobExecutionId) {
        this(store, settings, isolation, submissionName, jobExecutionId, new StageClock(),
                new RedoneFiles(submissionName, Set.of()));
    }

    /**
     * @param clock where the time of each stage is added up
     * @param redone tells the files an earlier execution of this job instance stored from duplicates
     */
    FileIngestingProcessor(ArchiveStore store, IngestSettings settings, ParserIsolation isolation,
            String submissionName, Long jobExecutionId, StageClock clock, RedoneFiles redone) {
        this.clock = clock;
        this.redone = redone;
        this.store = store;
        this.settings = settings;
        this.isolation = isolation;
        this.submissionName = submissionName;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ingester = new FileIngester(store, settings, isolation, clock);
    }

    @Override
    public IngestOutcome process(SubmittedFile file) {
        try {
            return redone.recognise(ingester.ingest(file, submissionName, jobExecutionId));
        } catch (RuntimeException unexpected) {
            // The ingester reports ordinary failures itself; this keeps a bug in one stage
            // from stopping the whole batch, and the report still names the file.
            String reason = "unexpected error: " + unexpected;
            return IngestOutcome.failed(file.relativePath(), FailureKind.UNEXPECTED, reason, List.of());
        }
    }

    @Override
    public void close() {
        FileIngester open = ingester;
        ingester = null;
        if (open != null) {
            open.close();
        }
    }
}

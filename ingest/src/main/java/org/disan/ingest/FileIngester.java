package org.disan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.slf4j.LoggerFactory;

/**
 * Ingests one submitted file at a time: identify, extract, derive (image thumbnails), store. Safe
 * to call from several threads at once; the Tika parser and detector inside are built once and shared.
 *
 * <p>A bad file never throws: it comes back {@link IngestOutcome.Status#FAILED} with a reason.
 * Only a store that cannot be written throws {@link IngestException}.
 */
public final class FileIngester implements AutoCloseable {

    private final ArchiveStore store;
    private final IngestSettings settings;
    private final TimeLimiter limiter;
    private final ExtractionStage extractor;
    private final RecordBuilder records;
    private final ThumbnailMaker derivatives;
    private final TranscriptKeeper transcripts;
    private final StageClock clock;
    /**
     * Two threads holding the same bytes must not both store them: one waits, then sees a
     * duplicate. Shared by every ingester of the process, since each partition of a job has its own;
     * the store's {@link ArchiveStore#writeNewRecord} settles it between processes.
     */
    private static final LockPerKey IN_FLIGHT = new LockPerKey();

    /**
     * Parses in this process: fast to start, and the time limit abandons an overrunning parse
     * (interrupting it) rather than killing it. Prefer {@link #FileIngester(ArchiveStore,
     * IngestSettings, ParserIsolation)} for files from outside.
     */
    public FileIngester(ArchiveStore store, IngestSettings settings) {
        this(store, settings, null);
    }

    /**
     * Parses in separate processes started as {@code isolation} says: an overrunning parse is
     * killed with its process, and a parser crash or OutOfMemoryError fails only its file.
     *
     * @param isolation how to start parser processes, or {@code null} to parse in this process
     */
    public FileIngester(ArchiveStore store, IngestSettings settings, ParserIsolation isolation) {
        this(store, settings, isolation, new StageClock());
    }

    /**
     * As {@link #FileIngester(ArchiveStore, IngestSettings, ParserIsolation)}, adding the time of
     * every stage to {@code clock}.
     */
    public FileIngester(ArchiveStore store, IngestSettings settings, ParserIsolation isolation, StageClock clock) {
        this.clock = clock;
        this.store = store;
        this.settings = settings;
        this.limiter = new TimeLimiter(settings.perFileTimeout());
        this.extractor = isolation == null
                ? new TimedExtractor(new Extractor(TikaEngine.shared(), settings), new Identifier(TikaEngine.shared()), limiter)
                : new ForkedExtractor(isolation, settings);
        this.records = new RecordBuilder(LanguageGuesser.shared());
        this.derivatives = new ThumbnailMaker(store);
        this.transcripts = new TranscriptKeeper(store, LanguageGuesser.shared());
    }

    /**
     * Loads, in a background thread, what every ingester of this process shares and builds on first
     * use (the image readers, whether OCR can run, Tika's detectors and parsers when this process
     * parses, and the language profiles), so that a command can have it ready by its first file
     * while it starts everything else.
     *
     * @param parsesHere whether files are parsed in this process rather than in a parser process
     * @param smallSubmission whether the submission holds only a few small files: then the language
     *     profiles wait for a text long enough to guess, if one comes. They cost a CPU second, which
     *     at start competes with the application and the parser process on a small machine: a cold
     *     one-file ingest finished 0.6 s sooner without them, while a 300-file one finished about
     *     as much later when its first text had to load them
     */
    public static void loadAhead(boolean parsesHere, boolean smallSubmission) {
        // Logging starts here, before the loading thread's first log call: started in two threads
        // at once, SLF4J warns on standard error that it replayed calls.
        LoggerFactory.getILoggerFactory();
        Thread loading = new Thread(() -> {
            if (parsesHere) {
                TikaEngine.shared();
            }
            Tesseract.installed();
            ImageIO.getImageReadersByFormatName("jpeg");
            if (!smallSubmission) {
                LanguageGuesser.loadProfiles();
            }
        }, "disan-load-ahead");
        loading.setDaemon(true);
        loading.setPriority(Thread.NORM_PRIORITY - 1);
        loading.start();
    }

    public IngestSettings settings() {
        return settings;
    }

    /** Whether OCR can run on this machine. */
    public boolean ocrAvailable() {
        return Tesseract.installed();
    }

    public IngestOutcome ingest(SubmittedFile file, String submissionName, Long jobId) {
        String path = file.relativePath();
        Identification id;
        long identifying = clock.start();
        try {
            if (Files.size(file.path()) == 0) {
                return IngestOutcome.failed(path, FailureKind.EMPTY, "empty file (0 bytes)", List.of());
            }
            id = extractor.identify(file.path(), file.fileName());
        } catch (IOException | UncheckedIOException e) {
            return IngestOutcome.failed(path, FailureKind.UNREADABLE, "cannot be read: " + e.getMessage(), List.of());
        } finally {
            clock.stop(StageClock.Stage.IDENTIFY, identifying);
        }
        String object = store.root() + "/" + id.sha256();
        return IN_FLIGHT.run(object, () -> ingestIdentified(file, id, submissionName, jobId));
    }

    private IngestOutcome ingestIdentified(SubmittedFile file, Identification id, String submission, Long jobId) {
        String path = file.relativePath();
        try {
            long checking = clock.start();
            var existing = store.read(id.sha256());
            clock.stop(StageClock.Stage.STORE, checking);
            if (existing.isPresent()) {
                return duplicate(file, existing.get());
            }
            List<String> warnings = new ArrayList<>();
            String oddName = FileNames.controlCharacterWarning(path);
            if (oddName != null) {
                warnings.add(oddName);
            }
            if (id.extensionMismatch()) {
                warnings.add("the name suggests " + id.declaredMimeType() + " but the content is "
                        + id.mimeType());
            }
            OcrPlan ocr = OcrPlan.decide(settings.ocrMode(), id, file.metadata(), path,
                    Tesseract.installed());
            Extraction extraction = readWhileStoring(file, id, ocr);
            if (extraction.isFailed()) {
                return IngestOutcome.failed(path, extraction.failureKind(), extraction.failure(), warnings);
            }
            warnings.addAll(extraction.warnings());
            // A PDF with a text layer needs no OCR; only one without text missed it.
            if (ocr.wanted() && !ocr.runs() && (!ocr.pdf() || extraction.text().isBlank())) {
                warnings.add("OCR skipped: tesseract not installed");
            }
            long deriving = clock.start();
            ThumbnailMaker.Result derived = derivatives.make(id, file.path(), extraction.metadata());
            clock.stop(StageClock.Stage.DERIVE, deriving);
            warnings.addAll(derived.warnings());
            TranscriptKeeper.Result kept = transcripts.keep(id, file);
            warnings.addAll(kept.warnings());
            ArchiveRecord record = records.build(file, id, extraction, derived.derivatives(),
                    submission, jobId, warnings).withTranscripts(kept.transcripts());
            long writing = clock.start();
            boolean written = store.writeNewRecord(record);
            clock.stop(StageClock.Stage.STORE, writing);
            if (!written) {
                // Another process stored the same bytes while this one read them.
                return duplicate(file, store.read(id.sha256()).orElseThrow());
            }
            return IngestOutcome.ingested(path, record, warnings);
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException("archive store '" + store.root() + "' cannot take '" + path + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * The same bytes again never widen who sees them: when this submission asks for a more
     * restrictive access than the stored record has, the record takes it (and the report says so).
     */
    private IngestOutcome duplicate(SubmittedFile file, ArchiveRecord existing) throws IOException {
        Access stricter = Access.moreRestrictive(existing.access(), file.access());
        if (stricter.equals(existing.access())) {
            return IngestOutcome.duplicate(file.relativePath(), existing, List.of());
        }
        ArchiveRecord narrowed = existing.withAccess(stricter, Instant.now());
        long writing = clock.start();
        store.writeRecord(narrowed);
        clock.stop(StageClock.Stage.STORE, writing);
        return IngestOutcome.duplicate(file.relativePath(), narrowed, List.of("the record was "
                + existing.access() + " and this submission makes it " + stricter
                + ": the more restrictive access wins"));
    }

    /**
     * Reads the file's text and metadata (in the parser process, unless parsing in this one) and
     * meanwhile copies the original into the store, rather than one after the other. A file that
     * cannot be read leaves no original behind.
     */
    private Extraction readWhileStoring(SubmittedFile file, Identification id, OcrPlan ocr) throws IOException {
        ExtractionStage.Reading reading = extractor.start(file.path(), file.fileName(), id, ocr);
        long storing = clock.start();
        String original = putOriginal(id, file, reading);
        clock.stop(StageClock.Stage.STORE, storing);
        // What is left of the reading once the copy is done: the time this thread waits for the text.
        long extracting = clock.start();
        try {
            Extraction extraction = reading.result();
            if (extraction.isFailed()) {
                store.removeOriginal(original);
            }
            return extraction;
        } catch (RuntimeException e) {
            try {
                store.removeOriginal(original);
            } catch (IOException | RuntimeException notRemoved) {
                e.addSuppressed(notRemoved); // the reading's failure is the one to report
            }
            throw e;
        } finally {
            clock.stop(ocr.runs() ? StageClock.Stage.OCR : StageClock.Stage.EXTRACT, extracting);
        }
    }

    /**
     * Copies the original. When that fails the store cannot take files and the ingest stops; the
     * reading is still waited for, so that its parser process and temporary file are let go.
     */
    private String putOriginal(Identification id, SubmittedFile file, ExtractionStage.Reading reading)
            throws IOException {
        try {
            return store.putOriginal(id.sha256(), file.path(), file.fileName());
        } catch (IOException | RuntimeException e) {
            try {
                reading.result();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        extractor.close();
        limiter.close();
    }
}

package org.disan.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * Extracts in a separate parser process, so the per-file time limit really stops a stuck parser
 * (its process is killed) and a parser's OutOfMemoryError or crash fails one file, not the batch.
 * The process is shared with the other ingest threads ({@link SharedParser}); a file whose process
 * ended while it was reading other files too is read again in a process of its own, so that only
 * the file that ended it fails.
 */
final class ForkedExtractor implements ExtractionStage {

    private final ParserIsolation isolation;
    private final IngestSettings settings;
    private final SharedParser shared;

    ForkedExtractor(ParserIsolation isolation, IngestSettings settings) {
        this.isolation = isolation;
        this.settings = settings;
        this.shared = SharedParser.of(isolation);
    }

    @Override
    public Extraction extract(Path file, String fileName, Identification id, OcrPlan ocr) {
        Path textFile = null;
        try {
            textFile = Files.createTempFile("disan-text-", ".txt");
            FileToRead toRead = new FileToRead(file, fileName, id, ocr, textFile);
            ParserProcess process = shared.take();
            ParserProcess.Answer answer;
            try {
                answer = send(toRead, process);
                if (answer.reply() != null && answer.reply().retiring()) {
                    // Its heap stays full after collection: the next file goes to a new process.
                    process.retire();
                }
            } finally {
                shared.release(process);
            }
            if (answer.reply() == null && answer.notOnlyThisFile() && !Thread.currentThread().isInterrupted()) {
                answer = alone(toRead);
            }
            return extraction(answer, textFile);
        } catch (TimeoutException e) {
            return Extraction.failed("reading took longer than " + settings.perFileTimeout().toSeconds()
                    + " s (the limit for one file); the parser process was stopped");
        } catch (IOException e) {
            throw new IngestException("a parser process cannot be started or used (" + String.join(" ",
                    isolation.command().subList(0, 1)) + "): " + e.getMessage(), e);
        } finally {
            deleteQuietly(textFile);
        }
    }

    /** Reads the file again in a new process that reads nothing else, stopped afterwards. */
    private ParserProcess.Answer alone(FileToRead toRead) throws IOException, TimeoutException {
        ParserProcess own = ParserProcess.start(isolation);
        try {
            return send(toRead, own);
        } finally {
            own.stop();
        }
    }

    private Extraction extraction(ParserProcess.Answer answer, Path textFile) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            return Extraction.failed("interrupted while reading");
        }
        if (answer.reply() == null) {
            return Extraction.failed("the parser process stopped while reading (" + answer.ending()
                    + "; the file may need more memory than a parser process has, or crashed its parser)");
        }
        return answer.reply().toExtraction(Files.readString(textFile, StandardCharsets.UTF_8));
    }

    private ParserProcess.Answer send(FileToRead toRead, ParserProcess process) throws TimeoutException {
        return process.call(number -> new WorkerMessages.Request(number, toRead.file().toAbsolutePath().toString(),
                toRead.fileName(), toRead.id(), toRead.ocr(), settings, toRead.textFile().toString()),
                settings.perFileTimeout());
    }

    private record FileToRead(Path file, String fileName, Identification id, OcrPlan ocr, Path textFile) {}

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temporary file is harmless; the reply already came.
            }
        }
    }

    @Override
    public void close() {
        if (isolation.keepIdle().isZero()) {
            shared.stopIdle();
        }
    }
}

package org.disan.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * Extracts in separate parser processes, so the per-file time limit really stops a stuck parser
 * (its process is killed) and a parser's OutOfMemoryError or crash fails one file, not the batch.
 * Idle processes are kept for the next file (and, when the isolation says so, for the next
 * ingester: see {@link IdleParsers}); each is replaced after a number of files.
 */
final class ForkedExtractor implements ExtractionStage {

    private final ParserIsolation isolation;
    private final IngestSettings settings;
    private final IdleParsers idle;

    ForkedExtractor(ParserIsolation isolation, IngestSettings settings) {
        this.isolation = isolation;
        this.settings = settings;
        this.idle = IdleParsers.of(isolation);
    }

    @Override
    public Extraction extract(Path file, String fileName, Identification id, OcrPlan ocr) {
        Path textFile = null;
        ParserProcess worker = null;
        try {
            textFile = Files.createTempFile("disan-text-", ".txt");
            worker = idle.take();
            String request = WorkerMessages.write(new WorkerMessages.Request(file.toAbsolutePath().toString(),
                    fileName, id, ocr, settings, textFile.toString()));
            String reply = worker.call(request, settings.perFileTimeout());
            if (reply == null) {
                String ended = worker.exitDescription();
                worker = null;
                return Extraction.failed("the parser process stopped while reading (" + ended
                        + "; the file may need more memory than a parser process has)");
            }
            WorkerMessages.Reply answer = WorkerMessages.read(reply, WorkerMessages.Reply.class);
            Extraction extraction = answer.toExtraction(Files.readString(textFile, StandardCharsets.UTF_8));
            if (answer.retiring()) {
                worker.retire();
            }
            idle.giveBack(worker);
            worker = null;
            return extraction;
        } catch (TimeoutException e) {
            worker = null;
            return Extraction.failed("reading took longer than " + settings.perFileTimeout().toSeconds()
                    + " s (the limit for one file); the parser process was stopped");
        } catch (IOException e) {
            throw new IngestException("a parser process cannot be started or used (" + String.join(" ",
                    isolation.command().subList(0, 1)) + "): " + e.getMessage(), e);
        } finally {
            if (worker != null) {
                worker.kill();
            }
            deleteQuietly(textFile);
        }
    }

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
            idle.stopIdle();
        }
    }
}

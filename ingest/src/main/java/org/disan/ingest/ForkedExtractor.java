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
    private Identifier local;

    ForkedExtractor(ParserIsolation isolation, IngestSettings settings) {
        this.isolation = isolation;
        this.settings = settings;
        this.shared = SharedParser.of(isolation);
    }

    /**
     * Hashes and types the file in the shared process: the launcher runs short commands with C1
     * alone, which compiles SHA-256 without the CPU's hashing instructions, while the parser
     * process keeps C2 and hashes many times faster. When the process cannot answer (it ended for
     * another file's sake, or overran), the file is identified here instead: a parser process's
     * trouble never fails a file's identification.
     */
    @Override
    public Identification identify(Path file, String fileName) throws IOException {
        ParserMessages.Reply reply = identifiedInProcess(file, fileName);
        if (reply == null || (reply.identification() == null && reply.failure() == null)) {
            return local().identify(file, fileName);
        }
        if (reply.identification() == null) {
            throw new IOException(reply.failure());
        }
        return reply.identification();
    }

    private ParserMessages.Reply identifiedInProcess(Path file, String fileName) {
        ParserClient process;
        try {
            process = shared.take();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            return process.send(number -> ParserMessages.Request.toIdentify(number, file.toAbsolutePath().toString(),
                    fileName), settings.perFileTimeout()).answer().reply();
        } catch (TimeoutException | RuntimeException e) {
            return null;
        } finally {
            shared.release(process);
        }
    }

    /** Identification in this process, loaded only if a parser process ever fails to identify. */
    private synchronized Identifier local() {
        if (local == null) {
            local = new Identifier(TikaEngine.shared());
        }
        return local;
    }

    /** Sends the file to the shared process and returns at once; the reading's result waits for the reply. */
    @Override
    public Reading start(Path file, String fileName, Identification id, OcrPlan ocr) {
        Path textFile = null;
        try {
            textFile = Files.createTempFile("disan-text-", ".txt");
            FileToRead toRead = new FileToRead(file, fileName, id, ocr, textFile);
            ParserClient process = shared.take();
            ParserClient.Sent sent;
            try {
                sent = send(toRead, process);
            } catch (RuntimeException e) {
                shared.release(process);
                throw e;
            }
            return () -> outcome(toRead, process, sent);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(textFile);
            throw notUsable(e);
        }
    }

    private Extraction outcome(FileToRead toRead, ParserClient process, ParserClient.Sent sent) {
        try {
            ParserClient.Answer answer;
            try {
                answer = sent.answer();
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
            return extraction(answer, toRead.textFile());
        } catch (TimeoutException e) {
            return Extraction.failed(FailureKind.TIMEOUT, "reading took longer than " + settings.perFileTimeout().toSeconds()
                    + " s (the limit for one file); the parser process was stopped");
        } catch (IOException e) {
            throw notUsable(e);
        } finally {
            deleteQuietly(toRead.textFile());
        }
    }

    private RuntimeException notUsable(Exception e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IngestException("a parser process cannot be started or used (" + String.join(" ",
                isolation.command().subList(0, 1)) + "): " + e.getMessage(), e);
    }

    /** Reads the file again in a new process that reads nothing else, stopped afterwards. */
    private ParserClient.Answer alone(FileToRead toRead) throws IOException, TimeoutException {
        ParserClient own = ParserClient.start(isolation);
        try {
            return send(toRead, own).answer();
        } finally {
            own.stop();
        }
    }

    private Extraction extraction(ParserClient.Answer answer, Path textFile) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            return Extraction.failed(FailureKind.INTERRUPTED, "interrupted while reading");
        }
        if (answer.reply() == null) {
            return Extraction.failed(FailureKind.PARSER_STOPPED, "the parser process stopped while reading (" + answer.ending()
                    + "; the file may need more memory than a parser process has, or crashed its parser)");
        }
        return answer.reply().toExtraction(Files.readString(textFile, StandardCharsets.UTF_8));
    }

    private ParserClient.Sent send(FileToRead toRead, ParserClient process) {
        return process.send(number -> new ParserMessages.Request(number, ParserMessages.Action.READ, toRead.file().toAbsolutePath().toString(),
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

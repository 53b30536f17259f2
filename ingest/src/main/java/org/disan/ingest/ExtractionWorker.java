package org.disan.ingest;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The parser process: reads one request line at a time from standard input and parses each file
 * with Tika on the thread that read it, while another thread reads the next. The ingest threads of
 * one job thus share this process (and the code it has compiled) instead of each warming a process
 * of its own; every reply line names its request. Its parent kills it when a parse overruns, and
 * starts a new one; a parser that loops forever or runs out of memory takes only this process
 * down, and the files it was reading beside that one are read again elsewhere.
 */
public final class ExtractionWorker {

    /**
     * Starts every line meant for the parent; the JVM itself may write to standard output (as it
     * does when it stops on OutOfMemoryError), and those lines are not replies.
     */
    static final String REPLY_PREFIX = "disan-worker ";
    /** Said once Tika is loaded, so that loading does not count against the first file's time. */
    static final String READY = "ready";

    private ExtractionWorker() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        // Parsers sometimes print; only replies may reach the parent's end of standard output.
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        TikaEngine tika = TikaEngine.shared();
        warmUp(tika);
        replies.println(REPLY_PREFIX + READY);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // The parent sends no more requests at once than it has ingest threads.
        ExecutorService parsing = Executors.newCachedThreadPool();
        CountDownLatch inputEnded = new CountDownLatch(1);
        parsing.execute(new Relay(tika, requests, replies, parsing, inputEnded));
        inputEnded.await();
        // Standard input closed: the parent wants this process gone once the files in hand are read.
        parsing.shutdown();
        parsing.awaitTermination(1, TimeUnit.HOURS);
    }

    /**
     * Reads the next request and parses it on the same thread, having first passed the reading on
     * to another: a request wakes one thread, not a reader and then a parser, which matters on
     * small machines, where a woken thread may wait for a core for longer than it then works.
     */
    private record Relay(TikaEngine tika, BufferedReader requests, PrintStream replies, ExecutorService parsing,
            CountDownLatch inputEnded) implements Runnable {

        @Override
        public void run() {
            String line;
            try {
                line = requests.readLine();
            } catch (IOException e) {
                line = null; // the parent is gone
            }
            if (line == null) {
                inputEnded.countDown();
                return;
            }
            parsing.execute(this);
            WorkerMessages.Request request;
            try {
                request = WorkerMessages.read(line, WorkerMessages.Request.class);
            } catch (IOException e) {
                // Without its number it cannot be answered; the parent's time limit for it will run out.
                System.err.println("unreadable request: " + e.getMessage());
                return;
            }
            answer(tika, request, replies);
        }
    }

    private static void answer(TikaEngine tika, WorkerMessages.Request request, PrintStream replies) {
        Extraction extraction;
        try {
            extraction = new Extractor(tika, request.settings())
                    .extract(Path.of(request.file()), request.fileName(), request.identification(), request.ocr());
            Files.writeString(Path.of(request.textFile()), extraction.text(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Every request is answered: the parent would otherwise wait out the file's time limit.
            extraction = Extraction.failed("the parser process could not hand the text back: " + e);
        }
        String reply = REPLY_PREFIX
                + WorkerMessages.write(WorkerMessages.Reply.of(request.id(), extraction, HeapPressure.high()));
        // One println per reply, and PrintStream locks for it: replies never interleave.
        replies.println(reply);
    }

    /**
     * The first parse loads detectors and charset tables, which takes seconds; that is start-up
     * cost and must not be charged to the first submitted file's time limit.
     */
    private static void warmUp(TikaEngine tika) throws IOException {
        Path sample = Files.createTempFile("disan-warm-up-", ".txt");
        try {
            Files.writeString(sample, "Khởi động. Warming up.", StandardCharsets.UTF_8);
            Identification id = new Identifier(tika).identify(sample, sample.getFileName().toString());
            new Extractor(tika, IngestSettings.defaults().withOcrMode(OcrMode.OFF))
                    .extract(sample, sample.getFileName().toString(), id, new OcrPlan(false, false, false));
        } finally {
            Files.deleteIfExists(sample);
        }
    }
}

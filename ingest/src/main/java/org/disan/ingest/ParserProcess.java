package org.disan.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One running {@link ExtractionWorker}, used by one caller at a time. */
final class ParserProcess {

    /** Waits on replies; a blocked read must not occupy the common pool. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "disan-parser-reply");
        thread.setDaemon(true);
        return thread;
    });

    /** Loading Tika takes seconds, more on a busy machine. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader replies;
    private int filesDone;
    private boolean retiring;

    private ParserProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ParserProcess start(ParserIsolation isolation) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(isolation.command())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // Tesseract, started by the worker, threads itself; parallelism comes from several workers.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        ParserProcess started = new ParserProcess(builder.start());
        started.awaitReady();
        return started;
    }

    private void awaitReady() throws IOException {
        CompletableFuture<String> ready = readLine();
        try {
            String line = ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!ExtractionWorker.READY.equals(line)) {
                kill();
                throw new IOException("the parser process did not start (" + exitDescription() + ")");
            }
        } catch (TimeoutException | ExecutionException e) {
            kill();
            throw new IOException("the parser process did not start within " + START_LIMIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting a parser process", e);
        }
    }

    private CompletableFuture<String> readLine() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = replies.readLine()) != null) {
                    if (line.startsWith(ExtractionWorker.REPLY_PREFIX)) {
                        return line.substring(ExtractionWorker.REPLY_PREFIX.length());
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        }, READERS);
    }

    /** The process asked to be replaced: its heap stays full after collection. */
    void retire() {
        retiring = true;
    }

    /** Whether the process should parse no more files: it asked to retire or has parsed {@code limit}. */
    boolean spent(int limit) {
        return retiring || filesDone >= limit;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends one request and waits for the reply.
     *
     * @return the reply line, or {@code null} when the process died on the way
     * @throws TimeoutException when no reply came in time (the process is then killed)
     */
    String call(String request, Duration limit) throws IOException, TimeoutException {
        filesDone++;
        requests.write(request);
        requests.newLine();
        requests.flush();
        CompletableFuture<String> reply = readLine();
        try {
            return reply.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
            throw e;
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** How the process ended, for a message; waits briefly for it to finish. */
    String exitDescription() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "exit code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "still running";
    }

    void kill() {
        process.destroyForcibly();
    }

    void stop() {
        try {
            requests.close();
        } catch (IOException e) {
            // The process is going away either way.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package org.disan.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * One running {@link ExtractionWorker}, which may read several files at once: each caller sends
 * a numbered request and waits for the reply with its number, which one reader thread per process
 * hands over as replies arrive.
 */
final class ParserProcess {

    /** One thread per process waits on its replies; a blocked read must not occupy the common pool. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "disan-parser-replies");
        thread.setDaemon(true);
        return thread;
    });

    /** Loading Tika takes seconds, more on a busy machine. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader replies;
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Answer>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong lastRequest = new AtomicLong();
    private final AtomicInteger filesTaken = new AtomicInteger();
    private volatile boolean retiring;
    private volatile boolean ended;
    /** Killed or asked to stop: no new files, even before the process is gone. */
    private volatile boolean going;

    private ParserProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ParserProcess start(ParserIsolation isolation) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(isolation.command())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // Tesseract, started by the worker, threads itself; parallelism comes from the ingest threads.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        ParserProcess started = new ParserProcess(builder.start());
        READERS.execute(started::readReplies);
        started.awaitReady();
        return started;
    }

    private void awaitReady() throws IOException {
        try {
            if (!ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
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

    /** Runs on a reader thread until the process's standard output ends. */
    private void readReplies() {
        try {
            String line;
            while ((line = replies.readLine()) != null) {
                if (!line.startsWith(ExtractionWorker.REPLY_PREFIX)) {
                    continue;
                }
                String message = line.substring(ExtractionWorker.REPLY_PREFIX.length());
                if (ExtractionWorker.READY.equals(message)) {
                    ready.complete(true);
                    continue;
                }
                WorkerMessages.Reply reply = WorkerMessages.read(message, WorkerMessages.Reply.class);
                CompletableFuture<Answer> caller = waiting.remove(reply.id());
                if (caller != null) {
                    caller.complete(new Answer(reply, false, null));
                }
            }
        } catch (IOException e) {
            // The process is gone or garbled its output; either way it answers no more.
        } finally {
            ended();
        }
    }

    private void ended() {
        ended = true;
        ready.complete(false);
        // Every file still being read there ends with the process; if there were several, any one
        // of them (or another file's time limit) may have ended it.
        Answer noReply = new Answer(null, waiting.size() > 1, exitDescription());
        waiting.values().forEach(caller -> caller.complete(noReply));
    }

    /** The process asked to be replaced: its heap stays full after collection. */
    void retire() {
        retiring = true;
    }

    /** Whether the process should take no more files: it asked to retire, has taken {@code limit} or has ended. */
    boolean spent(int limit) {
        return retiring || going || ended || filesTaken.get() >= limit || !process.isAlive();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * What became of a request: the reply, or none because the process ended first, and then
     * whether the process may have ended for another file's sake (it was reading others too, or
     * had not been sent this one yet) and how it ended (say "exit code 3").
     */
    record Answer(WorkerMessages.Reply reply, boolean notOnlyThisFile, String ending) {}

    /** Sends one request, numbered by this process, and returns at once; its time limit runs from now. */
    Sent send(LongFunction<WorkerMessages.Request> request, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        filesTaken.incrementAndGet();
        long id = lastRequest.incrementAndGet();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        if (ended) {
            // Ended between the caller's choice of this process and now: the file was never sent.
            waiting.remove(id);
            answer.complete(new Answer(null, true, exitDescription()));
            return new Sent(answer, deadline);
        }
        String line = WorkerMessages.write(request.apply(id));
        try {
            synchronized (requests) {
                requests.write(line);
                requests.newLine();
                requests.flush();
            }
        } catch (IOException e) {
            // The pipe broke: the process has ended, and its reader thread answers every caller.
        }
        return new Sent(answer, deadline);
    }

    /** A request sent, whose reply is due by its deadline. */
    final class Sent {

        private final CompletableFuture<Answer> answer;
        private final long deadlineNanos;

        private Sent(CompletableFuture<Answer> answer, long deadlineNanos) {
            this.answer = answer;
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * Waits for the reply until the deadline.
         *
         * @throws TimeoutException when no reply came in time (the process is then killed, and
         *     every other file it was reading ends with it)
         */
        Answer answer() throws TimeoutException {
            try {
                return answer.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                kill();
                throw e;
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
                return new Answer(null, true, "interrupted");
            } catch (ExecutionException e) {
                return new Answer(null, true, e.getCause().toString());
            }
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
        going = true;
        process.destroyForcibly();
    }

    /** Asks the process to end once it has answered what it was sent; kills it if it does not. */
    void stop() {
        going = true;
        try {
            synchronized (requests) {
                requests.close();
            }
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

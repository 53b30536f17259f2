package org.disan.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * One running {@link ParserServer}, which may read several files at once. Each caller sends
 * its numbered request over a connection that no other caller is using at the time
 * ({@link ParserConnection}) and reads the reply from it itself, so that a reply wakes the thread
 * waiting for it and no other.
 */
final class ParserClient {

    /**
     * Two threads per process: one reads its standard output for the ready line and for its end,
     * the other keeps the tail of its standard error.
     */
    private static final ExecutorService WATCHERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "disan-parser-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** Loading Tika takes seconds, more on a busy machine. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

    private final Process process;
    private final BufferedReader output;
    /** Its standard error's last lines, which say why it ended when the JVM itself gave up. */
    private final OutputTail errors = new OutputTail();
    /** The socket to connect to, or {@code null} when the process ended before it was ready. */
    private final CompletableFuture<Path> ready = new CompletableFuture<>();
    private final Queue<ParserConnection> idle = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastRequest = new AtomicLong();
    private final AtomicInteger filesTaken = new AtomicInteger();
    private final AtomicInteger reading = new AtomicInteger();
    /** Files being read when the process was first seen ending or was killed; -1 while it runs. */
    private final AtomicInteger readingAtEnd = new AtomicInteger(-1);
    private volatile Path socket;
    private volatile boolean retiring;
    private volatile boolean ended;
    /** Killed or asked to stop: no new files, even before the process is gone. */
    private volatile boolean going;

    private ParserClient(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ParserClient start(ParserIsolation isolation) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(isolation.command());
        // Tesseract, started by the parser process, threads itself; parallelism comes from the ingest threads.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        StartupMarks.mark("parser.start");
        ParserClient started = new ParserClient(builder.start());
        WATCHERS.execute(started::watchOutput);
        WATCHERS.execute(() -> started.errors.drain(started.process.getErrorStream()));
        started.awaitReady();
        StartupMarks.mark("parser.ready");
        return started;
    }

    private void awaitReady() throws IOException {
        try {
            socket = ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            if (socket == null) {
                // Described before the kill, which closes its streams and would cut their last lines short.
                String ended = exitDescription();
                kill();
                throw new IOException("the parser process did not start (" + ended + ")");
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

    /** Runs on a watcher thread until the process's standard output ends, that is, until it ends. */
    private void watchOutput() {
        String announced = ParserServer.LINE_PREFIX + ParserServer.READY + " ";
        try {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(announced)) {
                    ready.complete(Path.of(line.substring(announced.length())));
                }
            }
        } catch (IOException e) {
            // The process is gone or garbled its output; either way it answers no more.
        } finally {
            ended = true;
            noteEnd();
            ready.complete(null);
            idle.forEach(ParserConnection::close);
            deleteSocket();
        }
    }

    /**
     * Remembers how many files were being read when the process ended or was killed: if there
     * were several, any one of them (or another file's time limit) may have ended it.
     */
    private void noteEnd() {
        readingAtEnd.compareAndSet(-1, reading.get());
    }

    private void deleteSocket() {
        Path path = socket;
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A leftover socket file is harmless; a new process of the same number replaces it.
            }
        }
    }

    /** The process asked to be replaced: its heap stays full after collection. */
    void retire() {
        retiring = true;
    }

    /** Whether the process should take no more files: it asked to retire, has taken {@code limit} or has ended. */
    boolean spent(int limit) {
        return retiring || going || ended || filesTaken.get() >= limit || !process.isAlive();
    }

    /**
     * What became of a request: the reply, or none because the process ended first, and then
     * whether the process may have ended for another file's sake (it was reading others too, or
     * had not been sent this one yet) and how it ended (say "exit code 3").
     */
    record Answer(ParserMessages.Reply reply, boolean notOnlyThisFile, String ending) {}

    /** Sends one request, numbered by this process, and returns at once; its time limit runs from now. */
    Sent send(LongFunction<ParserMessages.Request> request, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        filesTaken.incrementAndGet();
        long id = lastRequest.incrementAndGet();
        String line = ParserMessages.write(request.apply(id));
        reading.incrementAndGet();
        if (ended) {
            // Ended between the caller's choice of this process and now: the file was never sent.
            return new Sent(null, id, deadline);
        }
        ParserConnection connection = idle.poll();
        try {
            if (connection == null) {
                connection = ParserConnection.open(socket);
            }
            connection.write(line, deadline);
            return new Sent(connection, id, deadline);
        } catch (IOException | TimeoutException e) {
            // The process has ended, or takes no more: the file is not being read there.
            if (connection != null) {
                connection.close();
            }
            return new Sent(null, id, deadline);
        }
    }

    /** A request sent (or not, when the process had ended), whose reply is due by its deadline. */
    final class Sent {

        private final ParserConnection connection;
        private final long id;
        private final long deadlineNanos;

        private Sent(ParserConnection connection, long id, long deadlineNanos) {
            this.connection = connection;
            this.id = id;
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
                if (connection == null) {
                    return new Answer(null, true, exitDescription());
                }
                return replied(connection.readLine(deadlineNanos));
            } catch (TimeoutException e) {
                connection.close();
                kill();
                throw e;
            } catch (InterruptedIOException e) {
                connection.close();
                kill();
                return new Answer(null, true, "interrupted");
            } catch (IOException e) {
                connection.close();
                return ended();
            } finally {
                reading.decrementAndGet();
            }
        }

        private Answer replied(String line) throws IOException {
            if (line == null) {
                connection.close();
                return ended();
            }
            ParserMessages.Reply reply = ParserMessages.read(line, ParserMessages.Reply.class);
            if (reply.id() != id) {
                throw new IOException("the parser process answered request " + reply.id() + " for request " + id);
            }
            if (going) {
                connection.close();
            } else {
                idle.add(connection);
            }
            return new Answer(reply, false, null);
        }

        private Answer ended() {
            noteEnd();
            return new Answer(null, readingAtEnd.get() > 1, exitDescription());
        }
    }

    /** How the process ended, for a message; waits briefly for it to finish. */
    String exitDescription() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                String lastWords = errors.lastLines(Duration.ofSeconds(1));
                return "exit code " + process.exitValue() + (lastWords.isEmpty() ? "" : ": " + lastWords);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "still running";
    }

    void kill() {
        going = true;
        noteEnd();
        process.destroyForcibly();
    }

    /** Asks the process to end once it has answered what it was sent; kills it if it does not within 5 s. */
    void stop() {
        stop(STOP_LIMIT);
    }

    /** Asks the process to end once it has answered what it was sent; kills it if it does not within {@code limit}. */
    void stop(Duration limit) {
        going = true;
        ParserConnection connection;
        while ((connection = idle.poll()) != null) {
            connection.close();
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The process is going away either way.
        }
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

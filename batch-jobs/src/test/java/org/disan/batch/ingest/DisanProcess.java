package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code disan} command run as users run it, the packaged jar in a process of its own, with
 * everything it prints in a log file, so a test can wait for what it says and then kill it,
 * stop its servers or let it finish.
 */
final class DisanProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Pattern PROGRESS = Pattern.compile("(?m)^\\[\\s*(\\d+)/\\d+]");

    private final Process process;
    private final Path log;

    private DisanProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static DisanProcess start(Path log, String... args) throws IOException {
        List<String> command = PackagedJar.command(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new DisanProcess(process, log);
    }

    Process process() {
        return process;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the output matches, failing if the process ends or the patience runs out first. */
    Matcher awaitOutput(Pattern pattern, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Matcher matcher = pattern.matcher(output());
            if (matcher.find()) {
                return matcher;
            }
            assertThat(process.isAlive()).as("%s is running while waiting for /%s/:%n%s", log.getFileName(),
                    pattern, output()).isTrue();
            assertThat(Instant.now()).as("%s shows /%s/ in time:%n%s", log.getFileName(), pattern, output())
                    .isBefore(deadline);
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Waits until an ingest's progress lines say at least this many files are done; returns how many. */
    int awaitFilesDone(int files, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            int done = filesDone();
            if (done >= files) {
                return done;
            }
            assertThat(process.isAlive()).as("the ingest is running:%n%s", output()).isTrue();
            assertThat(Instant.now()).as("%d files done in time:%n%s", files, output()).isBefore(deadline);
            Thread.sleep(POLL.toMillis());
        }
    }

    private int filesDone() throws IOException {
        Matcher progress = PROGRESS.matcher(output());
        int done = 0;
        while (progress.find()) {
            done = Math.max(done, Integer.parseInt(progress.group(1)));
        }
        return done;
    }

    int awaitExit(Duration patience) throws Exception {
        assertThat(process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS))
                .as("%s ends in time:%n%s", log.getFileName(), output()).isTrue();
        return process.exitValue();
    }

    /**
     * Runs the action while this process is frozen (SIGSTOP, then SIGCONT), so that what the action
     * does to the servers around it happens in the middle of its work however fast it runs.
     */
    void whileFrozen(ThrowingAction action) throws Exception {
        signal("STOP");
        try {
            action.run();
        } finally {
            signal("CONT");
        }
    }

    interface ThrowingAction {
        void run() throws Exception;
    }

    private void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -%s %d", name, process.pid()).isZero();
    }

    /** SIGKILL, as {@code kill -9} sends it: the process gets no chance to clean up. */
    void kill() throws Exception {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What remote partitioning requires is checked before anything starts, and refused in one line. */
class RemoteWorkersOptionsTest {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path temp;

    @Test
    void anIngestForRemoteWorkersRefusesTheEmbeddedJobRepository() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("letters"));

        CommandLineRun run = CommandLineRun.of("ingest", "--remote-workers", "--es-url", "http://127.0.0.1:9",
                "--data", temp.resolve("data").toString(), submission.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("disan: remote workers need a shared PostgreSQL job repository: "
                + "give --job-repository jdbc:postgresql://HOST:5432/DB (or $DISAN_JOB_REPOSITORY_URL)");
    }

    @Test
    void aWorkerRefusesTheEmbeddedIndex() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));

        CommandLineRun run = CommandLineRun.of("worker", "--job-repository", POSTGRESQL, "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("disan: remote workers index into Elasticsearch").doesNotContain("\tat ");
    }

    @Test
    void aWorkerNeedsAnExistingDataFolder() {
        CommandLineRun run = CommandLineRun.of("worker", "--data", temp.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no writable data folder").contains("--data");
    }

    @Test
    void theBrokerMustBeAnAmqpUrl() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));

        CommandLineRun run = CommandLineRun.of("worker", "--job-repository", POSTGRESQL, "--es-url",
                "http://127.0.0.1:9", "--rabbitmq", "127.0.0.1:5672", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rabbitmq must be an amqp:// or amqps:// URL");
    }
}

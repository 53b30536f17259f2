package org.disan.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad Elasticsearch options are refused before anything is opened or created. */
class ElasticsearchOptionsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "search", "serve", "reindex"})
    void everyUserFacingCommandTakesTheElasticsearchOptions(String command) {
        CommandLineRun run = CommandLineRun.of(command, "--help");

        assertThat(run.out()).contains("--es-url=URL").contains("--es-index=NAME").contains("DISAN_ES_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "search", "serve", "reindex"})
    void aUrlWithoutSchemeIsAUserErrorInOneLine(String command) {
        Path data = temp.resolve("data");
        String[] args = command.equals("serve") || command.equals("reindex")
                ? new String[] {command, "--data", data.toString(), "--es-url", "localhost:9200"}
                : new String[] {command, "--data", data.toString(), "--es-url", "localhost:9200", temp.toString()};

        CommandLineRun run = CommandLineRun.of(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("disan: invalid Elasticsearch settings: url must start with http:// or https://");
        assertThat(data).doesNotExist();
    }
}

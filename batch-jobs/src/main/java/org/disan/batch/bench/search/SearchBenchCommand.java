package org.disan.batch.bench.search;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.cli.UserInputException;
import org.disan.batch.data.IndexSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code disan bench search}: indexing speed and search latency of each backend on a synthetic archive. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Index a synthetic archive into the embedded index (and into Elasticsearch with --es-url),",
            "then time a fixed mix of searches; with Elasticsearch, the same _search bodies are also",
            "sent raw as the baseline. Prints a table and writes a JSON summary."
        })
public class SearchBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--records", defaultValue = "100000", paramLabel = "N",
            description = "Records in the synthetic archive (default ${DEFAULT-VALUE}).")
    private int records;

    @Option(names = "--seed", defaultValue = "20261125", paramLabel = "SEED",
            description = "The archive is generated from it (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--queries", defaultValue = "20", paramLabel = "ROUNDS",
            description = "Timed rounds over the query mix (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "ROUNDS",
            description = "Untimed rounds first (default ${DEFAULT-VALUE}).")
    private int warmupRounds;

    @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
            description = "Records per indexing call (default ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--es-url", paramLabel = "URL",
            description = "Also measure this Elasticsearch server (default: $DISAN_ES_URL); the benchmark"
                    + " creates its own index there and deletes it afterwards.")
    private String esUrl;

    @Option(names = "--output", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Folder for the JSON summary (default ${DEFAULT-VALUE}).")
    private Path output;

    @Override
    public Integer call() throws Exception {
        SearchBenchSettings settings;
        try {
            settings = new SearchBenchSettings(records, seed, rounds, warmupRounds, batchSize,
                    IndexSelection.from(esUrl, null, System.getenv()).elasticsearch(), output.toAbsolutePath());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        new SearchBenchmark(settings, spec.commandLine().getErr()).run(spec.commandLine().getOut());
        return DisanCommandLine.SUCCESS;
    }
}

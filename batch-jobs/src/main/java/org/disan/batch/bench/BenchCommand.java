package org.disan.batch.bench;

import org.disan.batch.bench.cold.ColdBenchCommand;
import org.disan.batch.bench.iiif.IiifBenchCommand;
import org.disan.batch.bench.ingest.IngestBenchCommand;
import org.disan.batch.bench.search.OaiBenchCommand;
import org.disan.batch.bench.search.SearchBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code disan bench <what>}: benchmarks that measure disan on this machine. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure disan's speed on this machine.",
        subcommands = {IngestBenchCommand.class, SearchBenchCommand.class, ColdBenchCommand.class,
            IiifBenchCommand.class, OaiBenchCommand.class})
public class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a benchmark.");
    }
}

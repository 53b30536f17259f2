package org.disan.batch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disan.batch.bench.BenchCommand;
import org.disan.batch.cli.AccessCommand;
import org.disan.batch.cli.AuditCommand;
import org.disan.batch.cli.CommandErrors;
import org.disan.batch.cli.IngestCommand;
import org.disan.batch.cli.JobsCommand;
import org.disan.batch.cli.ReindexCommand;
import org.disan.batch.cli.SearchCommand;
import org.disan.batch.cli.ServeCommand;
import org.disan.batch.cli.VersionProvider;
import org.disan.batch.cli.WorkerCommand;
import org.disan.ingest.StartupMarks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code disan} command line: {@code disan <command> [options]}.
 *
 * <p>Exit codes: 0 success, 1 the work failed or something unexpected broke, 2 the user asked
 * for something that cannot be done (bad option, missing folder, empty archive...).
 */
@Command(
        name = "disan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Digitisation pipeline and searchable archive for cultural heritage.")
public class DisanCommandLine implements Runnable {

    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    public static final int USER_ERROR = 2;

    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(IngestCommand.class, SearchCommand.class,
            ServeCommand.class, JobsCommand.class, ReindexCommand.class, AuditCommand.class, AccessCommand.class,
            WorkerCommand.class, BenchCommand.class);

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        StartupMarks.mark("main");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = execute(args, out, err);
        StartupMarks.mark("exit");
        System.exit(exitCode);
    }

    /** Runs one command and returns its exit code; never calls {@link System#exit}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DisanCommandLine());
        commandsFor(args).forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        CommandErrors errors = new CommandErrors();
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The commands the arguments need: the one they name first, or all of them (for help, a
     * misspelt command or none). Picocli reads every option of every command it is given, by
     * reflection, before it parses anything: for all of them, a tenth of a second on the path of
     * every command's start.
     */
    public static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** {@code disan} alone: show what it can do, and fail because nothing was asked. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
    }
}

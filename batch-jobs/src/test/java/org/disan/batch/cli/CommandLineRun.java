package org.disan.batch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.disan.batch.DisanCommandLine;

/** One in-process run of the {@code disan} command line, with what it printed. */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DisanCommandLine.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }
}

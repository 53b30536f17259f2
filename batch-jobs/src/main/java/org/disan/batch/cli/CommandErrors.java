package org.disan.batch.cli;

import java.io.PrintWriter;
import org.disan.batch.DisanCommandLine;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one readable line on standard error and an exit code: the user's mistakes
 * exit with 2, anything unexpected with 1. Users never see a stack trace; {@code DISAN_DEBUG=1}
 * shows it to developers.
 */
public class CommandErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("disan: " + ex.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return DisanCommandLine.USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (ex instanceof UserInputException) {
            err.println("disan: " + ex.getMessage());
            return DisanCommandLine.USER_ERROR;
        }
        if (ex instanceof ParameterException parameterException) {
            return handleParseException(parameterException, parseResult.originalArgs().toArray(String[]::new));
        }
        err.println("disan: unexpected error: " + describe(ex));
        if (System.getenv("DISAN_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("Run again with DISAN_DEBUG=1 to see the details.");
        }
        return DisanCommandLine.FAILURE;
    }

    /** The innermost cause's message is usually the one that explains what went wrong. */
    static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}

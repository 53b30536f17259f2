package org.disan.batch.cli;

import java.io.PrintWriter;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.TerminalText;
import org.disan.batch.data.IndexOpenException;
import org.disan.search.IndexUnavailableException;
import org.disan.search.RecordsRefusedException;
import org.disan.search.elasticsearch.ElasticsearchIndexException;
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
        err.println("disan: " + TerminalText.escape(ex.getMessage()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return DisanCommandLine.USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (ex instanceof UserInputException) {
            err.println("disan: " + TerminalText.escape(ex.getMessage()));
            return DisanCommandLine.USER_ERROR;
        }
        if (ex instanceof ParameterException parameterException) {
            return handleParseException(parameterException, parseResult.originalArgs().toArray(String[]::new));
        }
        Throwable unavailable = indexFailure(ex);
        if (unavailable != null) {
            err.println("disan: " + TerminalText.escape(unavailable.getMessage()));
            printDetailsForDevelopers(ex, err);
            return DisanCommandLine.FAILURE;
        }
        err.println("disan: unexpected error: " + TerminalText.escape(describe(ex)));
        if (System.getenv("DISAN_DEBUG") == null) {
            err.println("Run again with DISAN_DEBUG=1 to see the details.");
        }
        printDetailsForDevelopers(ex, err);
        return DisanCommandLine.FAILURE;
    }

    private static void printDetailsForDevelopers(Exception ex, PrintWriter err) {
        if (System.getenv("DISAN_DEBUG") != null) {
            ex.printStackTrace(err);
        }
    }

    /**
     * A search index that cannot be opened or reached, or that refused records, possibly deep
     * inside a framework's exception (the ingest opens its index while its application context
     * starts): its message is the one line the user needs.
     */
    static Throwable indexFailure(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof IndexOpenException || cause instanceof IndexUnavailableException
                    || cause instanceof RecordsRefusedException || cause instanceof ElasticsearchIndexException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
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

package org.disan.batch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.web.WebApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code disan serve}: the web archive on localhost until the process is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the archive's search pages, its job pages and its API until stopped (Ctrl+C).",
                "Submissions sent to the API (with an API token) are ingested by this process."})
public class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private IndexOptions index;

    @Option(names = "--port", paramLabel = "PORT",
            description = "HTTP port. Default: server.port, else $DISAN_PORT, else 8080.")
    private Integer port;

    private ConfigurableApplicationContext startServer(DataFolder dataFolder, IndexSelection selection) {
        try {
            return WebApplication.start(dataFolder, selection, port);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException inUse) {
                    throw new UserInputException("port " + inUse.getPort()
                            + " is already in use; choose another with --port or DISAN_PORT", e);
                }
            }
            throw e;
        }
    }

    @Override
    public Integer call() throws Exception {
        IndexSelection selection = index.selection();
        DataFolder dataFolder = data.dataFolder();
        if (port != null && (port < 0 || port > 65535)) {
            throw new UserInputException("--port must be between 0 and 65535, not " + port);
        }
        if (selection.isEmbedded() && !dataFolder.hasIndex()) {
            throw new UserInputException("no archive in " + dataFolder.root()
                    + " yet: ingest a folder first with 'disan ingest <folder>' (or give --data)");
        }
        // Submissions are ingested in this process: it runs jobs, so it holds the folder as a job does.
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            return serve(dataFolder, selection);
        }
    }

    private Integer serve(DataFolder dataFolder, IndexSelection selection) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = DataFolderInUse.translate(dataFolder, () -> startServer(dataFolder, selection));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("Serving the archive in %s at http://localhost:%d/ (Ctrl+C stops)%n", dataFolder.root(), actualPort);
        if (!selection.isEmbedded()) {
            err.println("Searching " + selection.describe(dataFolder));
        }
        err.flush();
        closed.await();
        return DisanCommandLine.SUCCESS;
    }
}

package org.disan.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.IngestApplication;
import org.disan.batch.ingest.remote.RemotePartitioning;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code disan worker}: a long-lived process that runs the partitions of ingests started with
 * {@code disan ingest --remote-workers}, one at a time, until it is stopped (SIGTERM or Ctrl-C).
 * It does not lock the data folder: the manager holds that lock for the whole job.
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Run ingest partitions sent by `disan ingest --remote-workers`, until stopped.",
            "Give it the manager's data folder (shared, e.g. over NFS), PostgreSQL job repository, "
                    + "Elasticsearch and broker."
        })
public class WorkerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private IndexOptions index;

    @Mixin
    private JobRepositoryOption jobRepository;

    @Mixin
    private BrokerOptions broker;

    @Override
    public Integer call() throws Exception {
        DataFolder dataFolder = data.dataFolder();
        if (!Files.isDirectory(dataFolder.root()) || !Files.isWritable(dataFolder.root())) {
            throw new UserInputException("no writable data folder " + dataFolder.root()
                    + "; give the manager's shared data folder with --data");
        }
        IndexSelection selection = index.selection();
        JobRepositoryLocation repository = jobRepository.location(dataFolder);
        BrokerOptions.checkShareable(repository, selection, dataFolder);
        RemotePartitioning worker = broker.as(RemotePartitioning.Role.WORKER);
        PrintWriter err = spec.commandLine().getErr();
        ConfigurableApplicationContext context = IngestApplication.start(dataFolder, selection, repository, err,
                worker.springProperties());
        CountDownLatch closing = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closing.countDown();
            }
        });
        err.println("Worker ready: waiting for partitions on " + worker.describe());
        err.flush();
        // Spring's shutdown hook closes the context on SIGTERM: it stops the running partition and
        // waits for it. Closing it here as well would interrupt that wait, so this thread only waits.
        closing.await();
        return DisanCommandLine.SUCCESS;
    }
}

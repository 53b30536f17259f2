package org.disan.batch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.records.RecordAccessChange;
import org.disan.ingest.model.Access;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.ArchiveIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code disan access ID public|restricted|embargoed:DATE}: changes who may see one record. */
@Command(
        name = "access",
        mixinStandardHelpOptions = true,
        description = {
            "Change who may see a record: public, restricted (archivists only) or embargoed:YYYY-MM-DD",
            "(public from that day). The record's file in the store and the search index change together."
        })
public class AccessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private IndexOptions index;

    @Parameters(index = "0", paramLabel = "ID", description = "The record's id (the SHA-256 of its original).")
    private String id;

    @Parameters(index = "1", paramLabel = "ACCESS", description = "public, restricted or embargoed:YYYY-MM-DD.")
    private String access;

    @Override
    public Integer call() throws Exception {
        Access wanted = parsed();
        IndexSelection selection = index.selection();
        DataFolder dataFolder = StoredArchive.checked(data);
        PrintWriter out = spec.commandLine().getOut();
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder);
                ArchiveIndex archive = DataFolderInUse.translate(dataFolder,
                        () -> ArchiveIndexes.open(dataFolder, selection))) {
            RecordAccessChange change = new RecordAccessChange(new ArchiveStore(dataFolder.store()), archive,
                    Clock.systemUTC());
            RecordAccessChange.Outcome outcome = change.change(id, wanted).orElseThrow(() ->
                    new UserInputException("no record " + id + " in " + dataFolder.root()));
            out.println(outcome.changed()
                    ? "Record " + id + " was " + outcome.before() + ", is now " + wanted + " (store and index)"
                    : "Record " + id + " is already " + wanted + "; nothing changed");
            return DisanCommandLine.SUCCESS;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private Access parsed() {
        try {
            return Access.parse(access);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}

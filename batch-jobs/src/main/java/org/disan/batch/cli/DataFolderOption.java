package org.disan.batch.cli;

import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
public class DataFolderOption {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "${env:DISAN_DATA:-disan-data}",
            description = "Data folder (archive store, index, job repository, reports). "
                    + "Default: $DISAN_DATA or ./disan-data; now ${DEFAULT-VALUE}.")
    private Path data;

    public DataFolder dataFolder() {
        return new DataFolder(data.toAbsolutePath().normalize());
    }
}

package org.disan.batch.cli;

import org.disan.batch.data.DataFolder;
import org.disan.batch.data.JobRepositoryLocation;
import picocli.CommandLine.Option;

/** The {@code --job-repository} option of the commands that run or list jobs. */
public class JobRepositoryOption {

    @Option(names = "--job-repository", paramLabel = "JDBC-URL",
            description = "Shared job repository, e.g. jdbc:postgresql://127.0.0.1:5432/test "
                    + "(user and password from $" + JobRepositoryLocation.USER_VARIABLE + " and $"
                    + JobRepositoryLocation.PASSWORD_VARIABLE + "). Default: $" + JobRepositoryLocation.URL_VARIABLE
                    + ", else an embedded database in the data folder.")
    private String url;

    JobRepositoryLocation location(DataFolder dataFolder) {
        try {
            return JobRepositoryLocation.resolve(url, dataFolder);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}

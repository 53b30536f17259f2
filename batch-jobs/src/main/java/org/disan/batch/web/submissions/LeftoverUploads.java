package org.disan.batch.web.submissions;

import java.io.IOException;
import java.nio.file.Path;
import org.disan.batch.data.DataFolder;
import org.disan.batch.ingest.UnpackedSubmissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * What a stopped archive left behind: uploads that were still arriving ({@code .incoming}) and
 * unpacked zips. The web archive holds its data folder alone, so at start both are removed; an
 * unfinished ingest that is resumed later unpacks its zip again.
 */
@Component
class LeftoverUploads implements ApplicationRunner {

    private final Path incoming;
    private final UnpackedSubmissions unpacked;

    LeftoverUploads(DataFolder dataFolder) {
        this.incoming = SubmissionIntake.submissionsFolder(dataFolder).resolve(SubmissionIntake.STAGING);
        this.unpacked = new UnpackedSubmissions(dataFolder);
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        FileSystemUtils.deleteRecursively(incoming);
        unpacked.removeAll();
    }
}

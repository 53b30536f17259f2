package org.disan.ingest.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.disan.ingest.digest.FileDigests;

/**
 * Checks a bag's tag file (such as a {@code metadata.csv} beside {@code bagit.txt}) against every
 * tag manifest ({@code tagmanifest-<alg>.txt}) the bag has. A bag without tag manifests makes no
 * promise about its tag files, so there is nothing to check.
 */
final class TagFiles {

    private TagFiles() {}

    /** @return whether the file passes; when not, why is added to the problems */
    static boolean verify(Path bagRoot, Path tagFile, List<String> problems) throws IOException {
        String path = bagRoot.relativize(tagFile).toString().replace('\\', '/');
        for (BagManifest manifest : BagManifest.readAll(bagRoot, true, problems)) {
            String expected = manifest.checksums().get(path);
            if (expected == null) {
                problems.add("'" + path + "' is not listed in " + manifest.fileName()
                        + ", so it may have been changed; nothing in the bag was ingested");
                return false;
            }
            String actual = FileDigests.hex(tagFile, manifest.algorithm());
            if (!actual.equals(expected)) {
                problems.add("'" + path + "' fails its " + manifest.algorithm().toLowerCase(Locale.ROOT) + " checksum in "
                        + manifest.fileName() + " (the manifest says " + expected + ", the file has " + actual
                        + "); nothing in the bag was ingested");
                return false;
            }
        }
        return true;
    }
}

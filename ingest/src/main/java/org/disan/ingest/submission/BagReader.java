package org.disan.ingest.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.disan.ingest.digest.FileDigests;
import org.disan.ingest.model.Access;

/**
 * Reads a BagIt bag (RFC 8493): verifies every payload file against every payload manifest
 * before anything is ingested. A payload file that is missing, fails a checksum or is in no
 * manifest is reported by name and left out; the rest of the bag goes on.
 */
final class BagReader {

    static final String DECLARATION = "bagit.txt";
    private static final String PAYLOAD = "data";

    private BagReader() {}

    static boolean isBag(Path folder) {
        return Files.isRegularFile(folder.resolve(DECLARATION));
    }

    static Submission read(Path bag, String name, Access defaultAccess) throws IOException {
        Path root = bag.toRealPath();
        List<String> problems = new ArrayList<>();
        checkDeclaration(root);
        List<BagManifest> manifests = manifests(root, problems);
        Path payload = root.resolve(PAYLOAD);
        if (!Files.isDirectory(payload)) {
            throw new SubmissionException("bag '" + name + "' has no data/ folder");
        }
        FolderWalker.Listing listing = FolderWalker.walk(payload);
        problems.addAll(listing.problems());
        Set<String> listed = new HashSet<>();
        manifests.forEach(m -> listed.addAll(m.checksums().keySet()));
        Set<String> present = new HashSet<>();
        List<FolderWalker.Found> verified = new ArrayList<>();
        for (FolderWalker.Found found : listing.files()) {
            String bagPath = PAYLOAD + "/" + found.relativePath();
            present.add(bagPath);
            if (!listed.contains(bagPath)) {
                problems.add("payload file '" + bagPath + "' is in no manifest; not ingested");
            } else if (passes(found.path(), bagPath, manifests, problems)) {
                verified.add(found);
            }
        }
        listed.stream().filter(p -> !present.contains(p)).sorted().forEach(p ->
                problems.add("payload file '" + p + "' is listed in the manifest but missing"));
        Path sheet = sheetFile(root, verified);
        if (sheet != null && !sheet.startsWith(payload) && !TagFiles.verify(root, sheet, problems)) {
            // The sheet decides who may see each file: unverified, it can be trusted for none.
            return new Submission(name, payload, List.of(), problems);
        }
        return SubmissionScanner.withSheet(name, payload, verified, sheet, problems, defaultAccess);
    }

    private static void checkDeclaration(Path root) throws IOException {
        String declaration = Files.readString(root.resolve(DECLARATION), StandardCharsets.UTF_8);
        if (!declaration.contains("BagIt-Version:")) {
            throw new SubmissionException("bag '" + root.getFileName() + "': bagit.txt does not declare a BagIt-Version");
        }
        String encoding = declaration.lines().filter(l -> l.startsWith("Tag-File-Character-Encoding:"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("UTF-8");
        if (!encoding.equalsIgnoreCase("UTF-8")) {
            throw new SubmissionException("bag '" + root.getFileName() + "' declares tag files in "
                    + encoding + "; only UTF-8 bags are read");
        }
    }

    private static List<BagManifest> manifests(Path root, List<String> problems) throws IOException {
        List<BagManifest> manifests = BagManifest.readAll(root, false, problems);
        if (manifests.isEmpty()) {
            throw new SubmissionException("bag '" + root.getFileName()
                    + "' has no payload manifest (manifest-sha256.txt or manifest-sha512.txt)");
        }
        if (Files.exists(root.resolve("fetch.txt"))) {
            problems.add("fetch.txt lists files to download; they are not fetched");
        }
        return manifests;
    }

    private static boolean passes(Path file, String bagPath, List<BagManifest> manifests, List<String> problems)
            throws IOException {
        for (BagManifest manifest : manifests) {
            String expected = manifest.checksums().get(bagPath);
            if (expected == null) {
                problems.add("payload file '" + bagPath + "' is missing from " + manifest.fileName() + "; not ingested");
                return false;
            }
            String actual = FileDigests.hex(file, manifest.algorithm());
            if (!actual.equals(expected)) {
                problems.add("payload file '" + bagPath + "' fails its " + manifest.algorithm().toLowerCase(Locale.ROOT)
                        + " checksum (the manifest says " + expected + ", the file has " + actual + "); not ingested");
                return false;
            }
        }
        return true;
    }

    /** The metadata sheet: in the payload (verified with it) or, failing that, as a tag file. */
    private static Path sheetFile(Path root, List<FolderWalker.Found> verified) {
        for (FolderWalker.Found found : verified) {
            if (found.relativePath().toLowerCase(Locale.ROOT).equals(MetadataSheet.FILE_NAME)) {
                return found.path();
            }
        }
        Path tagSheet = root.resolve(MetadataSheet.FILE_NAME);
        return Files.isRegularFile(tagSheet) ? tagSheet : null;
    }
}

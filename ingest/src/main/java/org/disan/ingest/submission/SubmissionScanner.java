package org.disan.ingest.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;

/**
 * Reads a submission folder: its files (sorted, hidden ones skipped) with the Dublin Core and
 * access level its {@code metadata.csv} gives each, and every problem found on the way.
 */
public final class SubmissionScanner {

    /**
     * @throws SubmissionException when the folder does not exist, is not a folder or cannot be read
     */
    public Submission scan(Path folder) {
        if (!Files.exists(folder)) {
            throw new SubmissionException("submission '" + folder + "' does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new SubmissionException("submission '" + folder + "' is not a folder");
        }
        if (!Files.isReadable(folder)) {
            throw new SubmissionException("submission folder '" + folder + "' cannot be read");
        }
        try {
            return scanFolder(folder, nameOf(folder));
        } catch (IOException e) {
            throw new SubmissionException("submission folder '" + folder + "' cannot be read: " + e, e);
        }
    }

    private Submission scanFolder(Path folder, String name) throws IOException {
        FolderWalker.Listing listing = FolderWalker.walk(folder);
        List<FolderWalker.Found> content = new ArrayList<>();
        Path sheetPath = null;
        for (FolderWalker.Found found : listing.files()) {
            if (found.relativePath().toLowerCase(Locale.ROOT).equals(MetadataSheet.FILE_NAME)) {
                sheetPath = found.path();
            } else {
                content.add(found);
            }
        }
        MetadataSheet sheet = MetadataSheet.absent();
        if (sheetPath != null) {
            try (InputStream in = Files.newInputStream(sheetPath)) {
                sheet = MetadataSheet.read(in);
            }
        }
        return assemble(name, folder.toRealPath(), content, sheet, listing.problems());
    }

    static Submission assemble(String name, Path root, List<FolderWalker.Found> content,
            MetadataSheet sheet, List<String> earlierProblems) {
        MetadataSheet.Matches matches =
                sheet.match(content.stream().map(FolderWalker.Found::relativePath).toList());
        List<SubmittedFile> files = new ArrayList<>();
        for (FolderWalker.Found found : content) {
            MetadataSheet.Entry entry = matches.byPath().get(found.relativePath());
            DublinCore metadata = entry == null ? DublinCore.EMPTY : entry.dublinCore();
            Access access = entry == null ? Access.PUBLIC : entry.access();
            files.add(new SubmittedFile(found.path(), found.relativePath(), found.sizeBytes(),
                    metadata, access));
        }
        List<String> problems = new ArrayList<>(earlierProblems);
        problems.addAll(matches.problems());
        return new Submission(name, root, files, problems);
    }

    private static String nameOf(Path folder) {
        Path fileName = folder.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? folder.toAbsolutePath().toString() : fileName.toString();
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}

package org.disan.ingest.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.disan.ingest.digest.FileDigests;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;

/**
 * Reads a submission — a folder, a BagIt bag (verified against its manifests) or a zip of
 * either — into its files (sorted, hidden ones skipped) with the Dublin Core and access level
 * its {@code metadata.csv} gives each, and every problem found on the way.
 */
public final class SubmissionScanner {

    /** The file in a zip's unpack folder that marks it complete and names the zip it came from. */
    public static final String UNPACKED_MARKER = ZipUnpacker.COMPLETE_MARKER;

    private final Path unpackRoot;
    private final ZipUnpacker unpacker;

    /** Unpacks zips under the system's temporary folder with the default limits. */
    public SubmissionScanner() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "disan-unpacked"), ZipLimits.defaults());
    }

    /**
     * @param unpackRoot where zips are unpacked (one folder per zip, reused by a re-run; the
     *     caller removes it when the submission is done)
     */
    public SubmissionScanner(Path unpackRoot, ZipLimits limits) {
        this.unpackRoot = unpackRoot;
        this.unpacker = new ZipUnpacker(limits);
    }

    /**
     * Reads a submission whose files without a usable sheet row get the default access: restricted
     * when the submission has a sheet, public when it has none.
     *
     * @throws SubmissionException when the submission does not exist, cannot be read, or is a
     *     zip that breaks the limits or a bag without a declaration or manifest
     */
    public Submission scan(Path submission) {
        return scan(submission, null);
    }

    /**
     * Reads a submission whose files without a usable sheet row (or every file, when it has no
     * sheet) get the given access.
     *
     * @param defaultAccess the access the person submitting chose, or {@code null} for the default
     * @throws SubmissionException as {@link #scan(Path)}
     */
    public Submission scan(Path submission, Access defaultAccess) {
        if (!Files.exists(submission)) {
            throw new SubmissionException("submission '" + submission + "' does not exist");
        }
        if (!Files.isReadable(submission)) {
            throw new SubmissionException("submission '" + submission + "' cannot be read");
        }
        String name = nameOf(submission);
        try {
            if (Files.isDirectory(submission)) {
                return scanFolder(submission, name, List.of(), defaultAccess);
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return scanZip(submission, name, defaultAccess);
            }
        } catch (IOException e) {
            throw new SubmissionException("submission '" + submission + "' cannot be read: " + e, e);
        }
        throw new SubmissionException("submission '" + submission + "' is not a folder, a bag or a zip");
    }

    private Submission scanFolder(Path folder, String name, List<String> earlierProblems, Access defaultAccess)
            throws IOException {
        if (BagReader.isBag(folder)) {
            return BagReader.read(folder, name, defaultAccess).afterProblems(earlierProblems);
        }
        FolderWalker.Listing listing = FolderWalker.walk(folder);
        Path sheet = listing.files().stream()
                .filter(f -> f.relativePath().toLowerCase(Locale.ROOT).equals(MetadataSheet.FILE_NAME))
                .map(FolderWalker.Found::path).findFirst().orElse(null);
        List<String> problems = new ArrayList<>(earlierProblems);
        problems.addAll(listing.problems());
        return withSheet(name, folder.toRealPath(), listing.files(), sheet, problems, defaultAccess);
    }

    private Submission scanZip(Path zip, String name, Access defaultAccess) throws IOException {
        Path target = unpackRoot.resolve(name + "-" + FileDigests.hex(zip, "SHA-256").substring(0, 16));
        List<String> problems = List.of();
        if (!Files.exists(target.resolve(ZipUnpacker.COMPLETE_MARKER))) {
            if (Files.exists(target)) {
                PathUtils.deleteDirectory(target);
            }
            try {
                problems = unpacker.unpack(zip, target);
            } catch (SubmissionException | IOException e) {
                // Nothing half-unpacked stays behind.
                PathUtils.deleteDirectory(target);
                throw e;
            }
        }
        return scanFolder(singleTopFolder(target), name, problems, defaultAccess);
    }

    /** Zips often wrap everything in one folder; the submission is that folder. */
    private static Path singleTopFolder(Path unpacked) throws IOException {
        try (Stream<Path> children = Files.list(unpacked)) {
            List<Path> visible = children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
            return visible.size() == 1 && Files.isDirectory(visible.get(0)) ? visible.get(0) : unpacked;
        }
    }

    /** Attaches the sheet's rows to the files (the sheet itself is not one of them). */
    static Submission withSheet(String name, Path root, List<FolderWalker.Found> found, Path sheetPath,
            List<String> earlierProblems, Access declaredDefault) throws IOException {
        MetadataSheet sheet = MetadataSheet.absent();
        if (sheetPath != null) {
            try (InputStream in = Files.newInputStream(sheetPath)) {
                sheet = MetadataSheet.read(in);
            }
        }
        // Fail closed: with a sheet, a file it says nothing usable about stays out of sight.
        Access defaultAccess = declaredDefault != null ? declaredDefault
                : sheet.present() ? Access.RESTRICTED : Access.PUBLIC;
        List<FolderWalker.Found> all = found.stream().filter(f -> !f.path().equals(sheetPath)).toList();
        TranscriptPairing.Paired paired = pairTranscripts(sheet, all, defaultAccess);
        List<FolderWalker.Found> content = paired.files();
        SheetMatcher.Matches matches =
                sheet.match(content.stream().map(FolderWalker.Found::relativePath).toList(), defaultAccess);
        List<SubmittedFile> files = new ArrayList<>();
        for (FolderWalker.Found file : content) {
            files.add(submitted(file, matches.byPath().get(file.relativePath()), defaultAccess,
                    paired.byRecording().get(file.relativePath())));
        }
        List<String> problems = new ArrayList<>(earlierProblems);
        problems.addAll(matches.problems());
        problems.addAll(paired.problems());
        List<String> notes = new ArrayList<>(matches.notes());
        if (sheet.present() || declaredDefault != null) {
            notes.add("default access: " + defaultAccess + (declaredDefault != null ? " (as asked)"
                    : " (a submission with a sheet is restricted unless said otherwise)"));
        }
        return new Submission(name, root, files, problems, notes, matches.problems());
    }

    /**
     * Takes the cue files that belong to a recording out of the submission's files: those named
     * after it, and those its sheet row names. The sheet is matched to every file first, so a row
     * can name a transcript whatever the transcript is called.
     */
    private static TranscriptPairing.Paired pairTranscripts(MetadataSheet sheet, List<FolderWalker.Found> all,
            Access defaultAccess) {
        Map<String, List<String>> named = new HashMap<>();
        sheet.match(all.stream().map(FolderWalker.Found::relativePath).toList(), defaultAccess).byPath()
                .forEach((path, entry) -> named.put(path, entry.transcripts()));
        return TranscriptPairing.pair(all, named);
    }

    private static SubmittedFile submitted(FolderWalker.Found file, SheetEntry entry, Access defaultAccess,
            List<TranscriptFile> transcripts) {
        if (entry == null) {
            return new SubmittedFile(file.path(), file.relativePath(), file.sizeBytes(), DublinCore.EMPTY,
                    defaultAccess, null, List.of(), transcripts);
        }
        Access access = entry.access() == null ? defaultAccess : entry.access();
        return new SubmittedFile(file.path(), file.relativePath(), file.sizeBytes(), entry.dublinCore(), access,
                entry.collection(), entry.extraFields(), transcripts);
    }

    private static String nameOf(Path submission) {
        Path fileName = submission.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? submission.toAbsolutePath().toString() : fileName.toString();
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}

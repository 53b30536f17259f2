package org.disan.ingest.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a museum handed over: its files in a stable order (sorted by relative path, so that a
 * reader can resume at an index) and every problem found while reading it.
 *
 * @param name the folder, zip or bag name, used as the records' provenance
 * @param root the folder the files' paths live under
 * @param problems human-readable messages about the submission itself (a sheet row naming a
 *     missing file, a file with no row, an unreadable sheet line, a payload file failing its
 *     checksum); files named here are not in {@code files} unless they can still be ingested
 * @param notes what the report says about how the sheet was read (columns mapped and kept, the
 *     multi-value separator, rows matched to files in another case or folder, default access)
 * @param sheetProblems those of the problems that are the metadata sheet's: a submission sent
 *     through the API with any of them is refused
 */
public record Submission(String name, Path root, List<SubmittedFile> files, List<String> problems,
        List<String> notes, List<String> sheetProblems) {

    public Submission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        files = files == null ? List.of()
                : files.stream().sorted(Comparator.comparing(SubmittedFile::relativePath)).toList();
        problems = problems == null ? List.of() : List.copyOf(problems);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sheetProblems = sheetProblems == null ? List.of() : List.copyOf(sheetProblems);
    }

    public Submission(String name, Path root, List<SubmittedFile> files, List<String> problems) {
        this(name, root, files, problems, List.of(), List.of());
    }

    /** This submission with problems found before it was read (while unpacking its zip) in front. */
    Submission afterProblems(List<String> earlier) {
        List<String> all = new ArrayList<>(earlier);
        all.addAll(problems);
        return new Submission(name, root, files, all, notes, sheetProblems);
    }
}

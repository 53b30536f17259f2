package org.disan.ingest.submission;

import java.nio.file.Path;
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
 */
public record Submission(String name, Path root, List<SubmittedFile> files, List<String> problems) {

    public Submission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        files = files == null ? List.of()
                : files.stream().sorted(Comparator.comparing(SubmittedFile::relativePath)).toList();
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}

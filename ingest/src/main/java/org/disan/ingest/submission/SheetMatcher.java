package org.disan.ingest.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disan.ingest.model.Access;

/**
 * Attaches a sheet's rows to a submission's files. A row names its file exactly, or else in
 * another case or with a folder more or less in front ("Photos/Hue.JPG" for
 * {@code photos/hue.jpg}, "hue.jpg" for {@code anh/hue.jpg}) when only that one file and that one
 * row fit each other; every such match is reported. A file with no row, or with several rows
 * that could be its own, gets the default access, and that is reported too.
 */
final class SheetMatcher {

    /** The rows matched to files by relative path, and what the report says about them. */
    record Matches(Map<String, SheetEntry> byPath, List<String> problems, List<String> notes) {}

    private final String defaultAccess;

    SheetMatcher(Access defaultAccess) {
        this.defaultAccess = "the default access (" + defaultAccess + ")";
    }

    Matches match(List<SheetEntry> entries, Collection<String> relativePaths, String fileColumn) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, SheetEntry> byRef = byRef(entries, problems);
        Map<String, SheetEntry> byPath = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String path : relativePaths) {
            SheetEntry entry = byRef.remove(path);
            if (entry != null) {
                byPath.put(path, entry);
            } else {
                unmatched.add(path);
            }
        }
        Map<String, List<SheetEntry>> candidates = new LinkedHashMap<>();
        Map<SheetEntry, Integer> claims = new HashMap<>();
        for (String path : unmatched) {
            List<SheetEntry> fits = fits(path, byRef.values());
            candidates.put(path, fits);
            fits.forEach(entry -> claims.merge(entry, 1, Integer::sum));
        }
        candidates.forEach((path, fits) -> {
            if (fits.size() == 1 && claims.get(fits.get(0)) == 1) {
                SheetEntry entry = fits.get(0);
                byRef.remove(entry.fileRef());
                byPath.put(path, entry);
                notes.add(MetadataSheet.FILE_NAME + " line " + entry.line() + " '" + entry.fileRef()
                        + "' is taken as the row of '" + path + "'");
            } else if (fits.isEmpty()) {
                problems.add("'" + path + "' has no row in " + MetadataSheet.FILE_NAME + "; it gets " + defaultAccess);
            } else {
                problems.add("'" + path + "' could be the file of " + MetadataSheet.FILE_NAME + " lines "
                        + String.join(", ", fits.stream().map(e -> String.valueOf(e.line())).toList())
                        + "; none is used, so it gets " + defaultAccess);
            }
        });
        for (SheetEntry orphan : byRef.values()) {
            if (!claims.containsKey(orphan)) {
                problems.add(MetadataSheet.FILE_NAME + " line " + orphan.line() + " " + fileColumn + " '"
                        + orphan.fileRef() + "' names no file in the submission");
            }
        }
        return new Matches(byPath, problems, notes);
    }

    /** Rows by the file they name; a row naming no file, or one already named, is reported. */
    private static Map<String, SheetEntry> byRef(List<SheetEntry> entries, List<String> problems) {
        Map<String, SheetEntry> byRef = new LinkedHashMap<>();
        for (SheetEntry entry : entries) {
            SheetEntry first = entry.fileRef().isEmpty() ? null : byRef.putIfAbsent(entry.fileRef(), entry);
            if (entry.fileRef().isEmpty()) {
                problems.add(MetadataSheet.FILE_NAME + " line " + entry.line() + " names no file; row ignored");
            } else if (first != null) {
                problems.add(MetadataSheet.FILE_NAME + " line " + entry.line() + " repeats '" + entry.fileRef()
                        + "' (first given on line " + first.line() + "); the first row is used, with the"
                        + " more restrictive access of the two");
                byRef.put(first.fileRef(), withAccess(first, stricter(first.access(), entry.access())));
            }
        }
        return byRef;
    }

    private static Access stricter(Access a, Access b) {
        return a == null || b == null ? (a == null ? b : a) : Access.moreRestrictive(a, b);
    }

    private static SheetEntry withAccess(SheetEntry e, Access access) {
        return new SheetEntry(e.line(), e.fileRef(), e.dublinCore(), access, e.collection(), e.extraFields(),
                e.transcripts());
    }

    /** The rows that name the file in another case, or with a folder more or less in front. */
    private static List<SheetEntry> fits(String path, Collection<SheetEntry> rows) {
        String file = folded(path);
        List<SheetEntry> sameName = rows.stream().filter(e -> folded(e.fileRef()).equals(file)).toList();
        if (!sameName.isEmpty()) {
            return sameName;
        }
        return rows.stream().filter(e -> endsWithPath(file, folded(e.fileRef()))
                || endsWithPath(folded(e.fileRef()), file)).toList();
    }

    private static boolean endsWithPath(String longer, String shorter) {
        return longer.endsWith("/" + shorter);
    }

    private static String folded(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}

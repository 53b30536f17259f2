package org.disan.ingest.submission;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the files of a folder the way a submission sees them: hidden files and folders skipped,
 * symbolic links followed only to regular files that stay inside the folder.
 */
final class FolderWalker {

    /** A file found, its spelling inside the folder, and its size. */
    record Found(Path path, String relativePath, long sizeBytes) {}

    /** Every file found, and what was left out and why. */
    record Listing(List<Found> files, List<String> problems) {}

    private FolderWalker() {}

    static Listing walk(Path folder) throws IOException {
        Path root = folder.toRealPath();
        List<Found> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && isIgnored(dir);
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (isIgnored(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = RelativePaths.of(root, file);
                if (attrs.isSymbolicLink()) {
                    followLink(root, file, relative, files, problems);
                } else if (attrs.isRegularFile()) {
                    files.add(new Found(file, relative, attrs.size()));
                } else {
                    problems.add("'" + relative + "' is not a regular file; skipped");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add("'" + RelativePaths.of(root, file) + "' cannot be read: " + e);
                return FileVisitResult.CONTINUE;
            }
        });
        return new Listing(files, problems);
    }

    private static void followLink(Path root, Path link, String relative, List<Found> files,
            List<String> problems) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root)) {
                problems.add("'" + relative + "' is a link to outside the submission; skipped");
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                files.add(new Found(link, relative, Files.size(target)));
            } else {
                problems.add("'" + relative + "' is a link to a folder; links to folders are not followed");
            }
        } catch (IOException e) {
            problems.add("'" + relative + "' is a broken link; skipped");
        }
    }

    /** Hidden files (".DS_Store", ".git") and the archive tools' side folders are not content. */
    private static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.equals("__MACOSX") || name.equals("Thumbs.db");
    }
}

package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Class-data sharing for the parser process, in the cache folder the launcher prepared for this
 * build ({@code -Ddisan.cds.dir}): a process maps the classes an earlier one recorded, which spares
 * it most of loading Tika. The first process of a build records them at its exit into a file named
 * after this JVM, which the launcher checks and puts in place once this JVM has ended (it waits for
 * its parser processes for that). Without the folder, or while another JVM is recording, nothing
 * changes.
 */
final class ParserClassData {

    static final String FOLDER_PROPERTY = "disan.cds.dir";
    private static final String ARCHIVE = "parser.jsa";

    private ParserClassData() {}

    /** The JVM options for the parser process: map the archive, record one, or none. */
    static List<String> options() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return List.of();
        }
        Path archive = Path.of(folder, ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        if (!Files.isDirectory(archive.getParent()) || recording(archive.getParent())) {
            return List.of();
        }
        Path recorded = archive.resolveSibling(ARCHIVE + "." + ProcessHandle.current().pid() + ".tmp");
        return List.of("-XX:ArchiveClassesAtExit=" + recorded, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Whether these options make the parser process record an archive, which it writes as it ends. */
    static boolean records(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
    }

    private static boolean recording(Path folder) {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, ARCHIVE + ".*.tmp")) {
            return found.iterator().hasNext();
        } catch (IOException e) {
            return true;
        }
    }
}

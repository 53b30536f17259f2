package org.disan.ingest.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a submitted zip into a folder, refusing what could harm the machine: entries that
 * would land outside the folder ({@code ..}, absolute paths), and zips that would expand too far
 * (a zip bomb). Before anything is written, the zip's central directory must stay within the
 * {@link ZipLimits}; while copying, no entry may then expand past the size the directory declares
 * for it (local headers are never trusted). Zips inside the zip stay files.
 */
final class ZipUnpacker {

    /** Marks a folder unpacked completely, so a re-run can reuse it. */
    static final String COMPLETE_MARKER = ".unpacked";

    private final ZipLimits limits;

    ZipUnpacker(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * @return problems with single entries (which were left out)
     * @throws SubmissionException when the zip is unreadable or breaks a limit
     */
    List<String> unpack(Path zip, Path target) throws IOException {
        try {
            return unpack(zip, target, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | ZipException e) {
            if (!String.valueOf(e.getMessage()).contains("MALFORMED")) {
                throw new SubmissionException("'" + zip.getFileName() + "' is not a readable zip: "
                        + e.getMessage(), e);
            }
            // Windows tools write names in the DOS code page rather than UTF-8.
            List<String> problems = new ArrayList<>(unpack(zip, target, Charset.forName("IBM437")));
            problems.add(0, "'" + zip.getFileName() + "' does not name its files in UTF-8;"
                    + " names were read as code page 437 and may be garbled");
            return problems;
        }
    }

    private List<String> unpack(Path zip, Path target, Charset names) throws IOException {
        Files.createDirectories(target);
        Path root = target.toRealPath();
        List<String> problems = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile(), names)) {
            ZipDirectoryCheck.check(file, Files.size(zip), zip.getFileName().toString(), limits);
            long[] total = {0};
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = RelativePaths.normalise(entry.getName());
                if (!RelativePaths.staysInside(name)) {
                    problems.add("zip entry '" + entry.getName() + "' points outside the submission; not unpacked");
                    continue;
                }
                Path out = root.resolve(name).normalize();
                if (!out.startsWith(root)) {
                    problems.add("zip entry '" + entry.getName() + "' points outside the submission; not unpacked");
                } else if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(file, entry, out, total, zip);
                }
            }
        }
        Files.writeString(root.resolve(COMPLETE_MARKER), zip.toString());
        return problems;
    }

    private void copy(ZipFile file, ZipEntry entry, Path out, long[] total, Path zip) throws IOException {
        long declared = entry.getSize();
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(entry); OutputStream target = Files.newOutputStream(out)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                written += n;
                total[0] += n;
                if (total[0] > limits.maxTotalBytes()) {
                    throw new SubmissionException("'" + zip.getFileName() + "' expands past the limit of "
                            + limits.maxTotalBytes() + " bytes; refused as a possible zip bomb");
                }
                if (written > declared) {
                    throw new SubmissionException("zip entry '" + entry.getName() + "' in '" + zip.getFileName()
                            + "' expands past the " + declared + " bytes its directory declares; refused as a possible zip bomb");
                }
                target.write(buffer, 0, n);
            }
        }
    }
}

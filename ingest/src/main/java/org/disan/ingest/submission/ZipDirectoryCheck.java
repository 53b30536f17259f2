package org.disan.ingest.submission;

import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Judges a zip by its central directory alone, before a byte is unpacked: how many entries it
 * holds, and how far they declare to expand, in all and relative to the zip's own size.
 */
final class ZipDirectoryCheck {

    /** Below this, a high ratio is a small file that compressed well by chance, not a bomb. */
    static final long RATIO_FLOOR_BYTES = 16L * 1024 * 1024;

    private ZipDirectoryCheck() {}

    /** @throws SubmissionException naming the limit the zip breaks */
    static void check(ZipFile file, long zipBytes, String zipName, ZipLimits limits) {
        if (file.size() > limits.maxEntries()) {
            throw new SubmissionException("'" + zipName + "' holds " + file.size()
                    + " entries, more than the limit of " + limits.maxEntries() + "; refused");
        }
        long total = 0;
        Enumeration<? extends ZipEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            long size = entries.nextElement().getSize();
            if (size < 0) {
                throw new SubmissionException("'" + zipName + "' does not declare the size of every entry; refused");
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new SubmissionException("'" + zipName + "' would expand to more than the limit of "
                        + limits.maxTotalBytes() + " bytes; refused as a possible zip bomb");
            }
        }
        long ratio = total / Math.max(zipBytes, 1);
        if (total > RATIO_FLOOR_BYTES && ratio > limits.maxRatio()) {
            throw new SubmissionException("'" + zipName + "' would expand to " + total + " bytes, " + ratio
                    + " times its own size (the limit is " + limits.maxRatio() + "); refused as a possible zip bomb");
        }
    }
}

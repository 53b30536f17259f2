package org.disan.ingest.submission;

/**
 * What a submitted zip may expand to, so that a zip bomb is refused instead of filling the disk.
 *
 * @param maxEntries most entries (files and folders) a zip may hold
 * @param maxTotalBytes most bytes all its entries may declare to expand to
 * @param maxRatio most the whole zip may expand relative to its own size (past 16 MiB)
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

    public ZipLimits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("zip limits must be positive: " + maxEntries + ", "
                    + maxTotalBytes + ", " + maxRatio);
        }
    }

    /**
     * 20,000 entries, 20 GiB, and 50 to 1 (text compresses about 10 to 1, scans far less, so a
     * whole collection at 50 to 1 is blank pages or a bomb).
     */
    public static ZipLimits defaults() {
        return new ZipLimits(20_000, 20L * 1024 * 1024 * 1024, 50);
    }
}

package org.disan.ingest.submission;

/**
 * What a submitted zip may expand to, so that a zip bomb is refused instead of filling the disk.
 *
 * @param maxEntries most files a zip may hold
 * @param maxTotalBytes most bytes all its files may expand to, counted while unpacking
 * @param maxRatio most an entry may expand relative to its compressed size
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio) {

    public ZipLimits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("zip limits must be positive: " + maxEntries + ", "
                    + maxTotalBytes + ", " + maxRatio);
        }
    }

    /** 20,000 files, 20 GB, and 200 to 1 (text compresses about 10 to 1, scans far less). */
    public static ZipLimits defaults() {
        return new ZipLimits(20_000, 20L * 1024 * 1024 * 1024, 200);
    }
}

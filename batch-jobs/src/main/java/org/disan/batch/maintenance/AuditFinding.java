package org.disan.batch.maintenance;

/**
 * A stored original that no longer matches its record.
 *
 * @param storedPath the original's store-relative path, or {@code null} when the record itself is unreadable
 * @param actualDigest the SHA-256 found now, or {@code null} when there was nothing to read
 */
public record AuditFinding(String id, Problem problem, String storedPath, String actualDigest, String detail) {

    public enum Problem {
        /** The original's bytes no longer hash to the record's SHA-256. */
        CHANGED,
        /** The original is gone from the store. */
        MISSING,
        /** The original or its record cannot be read. */
        UNREADABLE
    }

    /** One line for a terminal. */
    public String describe() {
        return switch (problem) {
            case CHANGED -> "CHANGED  " + id + "  " + storedPath + " now has SHA-256 " + actualDigest;
            case MISSING -> "MISSING  " + id + "  " + storedPath + " is gone";
            case UNREADABLE -> "UNREADABLE  " + id + "  " + detail;
        };
    }
}

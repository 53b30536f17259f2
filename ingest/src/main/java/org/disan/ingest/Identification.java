package org.disan.ingest;

/**
 * What a file is: its type read from the content, the type its name suggests when that differs,
 * and its SHA-256 (the record id).
 *
 * @param declaredMimeType type the file name's extension suggests, {@code null} when it agrees
 *     with the content or the name suggests nothing
 */
record Identification(String sha256, long sizeBytes, String mimeType, String declaredMimeType) {

    boolean extensionMismatch() {
        return declaredMimeType != null;
    }

    String majorType() {
        int slash = mimeType.indexOf('/');
        return slash < 0 ? mimeType : mimeType.substring(0, slash);
    }
}

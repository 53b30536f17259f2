package org.disan.search;

/**
 * The index cannot take writes, or answer, for now; the same call may succeed later. Elasticsearch
 * unreachable, overloaded (429) or failing (5xx) after the client's own retries; a Lucene index
 * whose write lock another process holds, whose writer was closed, or whose disk failed. Part of
 * the {@link ArchiveIndex} contract: a caller may wait and try again.
 */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexUnavailableException(String message) {
        super(message);
    }
}

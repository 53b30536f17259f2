package org.disan.ingest;

import java.util.Locale;

/**
 * Why a file failed, as a closed set (bounded on purpose, as Tika pipes' result statuses are):
 * reports count and group by it, pages name it in the reader's language through
 * {@link #messageKey()}, and tests check it instead of matching the wording of a reason. The
 * reason beside it keeps the particulars (which parser, what the exception said).
 */
public enum FailureKind {
    /** The file has no bytes. */
    EMPTY,
    /** The file could not be opened or read from the submission. */
    UNREADABLE,
    /** The file is password-protected. */
    ENCRYPTED,
    /** A parser read the file and found it broken or not of its type. */
    INVALID,
    /** A parser's code does not link in this build (a class or method missing): a build fault, not the file's. */
    PARSER_LINKAGE,
    /** Reading needed more memory than the reading process has. */
    OUT_OF_MEMORY,
    /** Reading took longer than the limit for one file. */
    TIMEOUT,
    /** The parser process ended while reading the file (a crash, or the system killed it). */
    PARSER_STOPPED,
    /** The parser process read the file but could not hand its text back. */
    PARSER_HANDOFF,
    /** The job was stopped while the file was being read. */
    INTERRUPTED,
    /** The original and record are stored, but the search index refused the record. */
    INDEX_REFUSED,
    /** A fault in a stage that the stages do not report themselves (a bug). */
    UNEXPECTED;

    /** The key of this kind's name in the web archive's messages, e.g. {@code failure.kind.parser-linkage}. */
    public String messageKey() {
        return "failure.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

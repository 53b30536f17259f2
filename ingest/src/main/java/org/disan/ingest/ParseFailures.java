package org.disan.ingest;

import org.apache.tika.exception.EncryptedDocumentException;

/** Turns a parser's exception into a failed extraction of the right kind, with a reason an archivist can act on. */
final class ParseFailures {

    private ParseFailures() {}

    static Extraction encrypted(Identification id) {
        return Extraction.failed(FailureKind.ENCRYPTED,
                label(id) + " is encrypted (password-protected); remove the password and submit it again");
    }

    static Extraction of(Throwable e, Identification id) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return encrypted(id);
            }
            if (t instanceof LinkageError linkage) {
                return Extraction.failed(FailureKind.PARSER_LINKAGE, "the " + label(id)
                        + " parser cannot run in this build (" + linkage + "); the file is not at fault:"
                        + " report it with this message");
            }
        }
        return Extraction.failed(FailureKind.INVALID, "not a valid " + label(id) + ": " + rootMessage(e));
    }

    /** "PDF", "JPEG", ... from the detected type, for messages. */
    static String label(Identification id) {
        return switch (id.mimeType()) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            case "image/tiff" -> "TIFF";
            case "audio/vnd.wave", "audio/x-wav", "audio/wav" -> "WAV";
            case "audio/mpeg" -> "MP3";
            case "video/mp4" -> "MP4";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            default -> id.mimeType() + " file";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : message.strip();
    }
}

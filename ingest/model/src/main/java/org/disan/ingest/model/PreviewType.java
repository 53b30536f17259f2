package org.disan.ingest.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The access preview a record's type calls for beyond image thumbnails: a PDF's first page, a
 * recording's waveform, a video's keyframe. They are made on first view, not at ingest; until
 * then a record has none, and once one could not be made the record says why
 * ({@link ArchiveRecord#previewsNotMade()}), so it is not tried again.
 */
public enum PreviewType {
    PAGE_IMAGE("page image", DerivativeKind.PAGE_IMAGE, DerivativeKind.THUMBNAIL_SMALL, DerivativeKind.THUMBNAIL_LARGE),
    WAVEFORM("waveform", DerivativeKind.WAVEFORM),
    KEYFRAME("keyframe", DerivativeKind.KEYFRAME, DerivativeKind.THUMBNAIL_SMALL, DerivativeKind.THUMBNAIL_LARGE);

    private final String label;
    private final List<DerivativeKind> kinds;

    PreviewType(String label, DerivativeKind main, DerivativeKind... alongside) {
        this.label = label;
        this.kinds = Stream.concat(Stream.of(main), Stream.of(alongside)).toList();
    }

    /** The preview a file of this type calls for, if any. */
    public static Optional<PreviewType> forMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        if (mimeType.equals("application/pdf")) {
            return Optional.of(PAGE_IMAGE);
        }
        if (mimeType.startsWith("audio/")) {
            return Optional.of(WAVEFORM);
        }
        return mimeType.startsWith("video/") ? Optional.of(KEYFRAME) : Optional.empty();
    }

    /** The preview the record's type calls for, if any. */
    public static Optional<PreviewType> of(ArchiveRecord record) {
        return forMimeType(record.technical() == null ? null : record.technical().mimeType());
    }

    /** The derivatives it consists of, the preview itself first. */
    public List<DerivativeKind> kinds() {
        return kinds;
    }

    /**
     * What an archivist reads when this preview cannot be made: "no waveform: ffmpeg not
     * installed". Records stored before {@link ArchiveRecord#previewsNotMade()} kept it as a note.
     */
    public String cannotBeMade(String reason) {
        return notePrefix() + reason;
    }

    /** The reason in a note that {@link #cannotBeMade} wrote for this preview, if the note is one. */
    Optional<String> reasonIn(String note) {
        return note.startsWith(notePrefix()) ? Optional.of(note.substring(notePrefix().length())) : Optional.empty();
    }

    /** Whether the record has this preview already, or says that it cannot be made. */
    public boolean settled(ArchiveRecord record) {
        return record.derivative(kinds.get(0)).isPresent() || record.previewsNotMade().containsKey(this);
    }

    /**
     * Whether the record has a derivative of this kind, or will have one once it is first asked
     * for: its type calls for a preview that includes the kind and has not been found impossible.
     */
    public static boolean offers(ArchiveRecord record, DerivativeKind kind) {
        return record.derivative(kind).isPresent()
                || of(record).filter(type -> type.kinds.contains(kind) && !type.settled(record)).isPresent();
    }

    private String notePrefix() {
        return "no " + label + ": ";
    }
}

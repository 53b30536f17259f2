package org.disan.samples;

/** The kinds of file a synthetic collection holds, with where they go and how they are catalogued. */
public enum FileKind {
    TEXT_PDF("documents", "pdf", "application/pdf", "Text", false),
    SCANNED_PDF("scans", "pdf", "application/pdf", "Text", false),
    DOCX("documents", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Text", false),
    JPEG("photos", "jpg", "image/jpeg", "StillImage", false),
    TIFF("photos", "tif", "image/tiff", "StillImage", false),
    PNG("photos", "png", "image/png", "StillImage", false),
    WAV("audio", "wav", "audio/vnd.wave", "Sound", false),
    MP3("audio", "mp3", "audio/mpeg", "Sound", true),
    OGG("audio", "ogg", "audio/ogg", "Sound", true),
    MP4("video", "mp4", "video/mp4", "MovingImage", true),
    TEXT("texts", "txt", "text/plain", "Text", false),
    HTML("texts", "html", "text/html", "Text", false);

    private final String folder;
    private final String extension;
    private final String mediaType;
    private final String dcmiType;
    private final boolean needsFfmpeg;

    FileKind(String folder, String extension, String mediaType, String dcmiType, boolean needsFfmpeg) {
        this.folder = folder;
        this.extension = extension;
        this.mediaType = mediaType;
        this.dcmiType = dcmiType;
        this.needsFfmpeg = needsFfmpeg;
    }

    public String folder() {
        return folder;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The DCMI Type vocabulary term written to the metadata sheet's {@code type} column. */
    public String dcmiType() {
        return dcmiType;
    }

    public boolean needsFfmpeg() {
        return needsFfmpeg;
    }
}

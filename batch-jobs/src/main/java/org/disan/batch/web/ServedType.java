package org.disan.batch.web;

import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;

/**
 * How a stored file is sent to a browser. Only types a browser shows without running anything
 * are shown inline: raster images, audio, video, PDF, and plain text (always as UTF-8, so no
 * guessed charset turns it into something else). Everything else — HTML, SVG, XML, scripts,
 * unknown types — is sent as an {@code application/octet-stream} download, whatever its content.
 */
record ServedType(MediaType mediaType, boolean inline) {

    private static final Set<String> RASTER_IMAGES =
            Set.of("jpeg", "png", "gif", "webp", "avif", "bmp", "tiff", "x-ms-bmp");
    private static final MediaType PLAIN_TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
    static final ServedType DOWNLOAD = new ServedType(MediaType.APPLICATION_OCTET_STREAM, false);

    /** The type to send a file as, from the type detected at ingest (may be {@code null}). */
    static ServedType of(String detected) {
        if (detected == null) {
            return DOWNLOAD;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(detected);
        } catch (InvalidMimeTypeException e) {
            return DOWNLOAD;
        }
        String main = type.getType().toLowerCase(Locale.ROOT);
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        if (main.equals("text") && sub.equals("plain")) {
            return new ServedType(PLAIN_TEXT, true);
        }
        boolean shown = (main.equals("image") && RASTER_IMAGES.contains(sub))
                || ((main.equals("audio") || main.equals("video")) && !sub.contains("xml"))
                || (main.equals("application") && sub.equals("pdf"));
        return shown ? new ServedType(new MediaType(main, sub), true) : DOWNLOAD;
    }
}

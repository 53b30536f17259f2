package org.disan.batch.web.iiif;

import java.util.Arrays;

/** The formats answered: JPEG for photographs and scans, PNG for lossless copies. */
enum ImageFormat {
    JPG("jpg", "jpeg", "image/jpeg"),
    PNG("png", "png", "image/png");

    private final String extension;
    private final String imageIoName;
    private final String mediaType;

    ImageFormat(String extension, String imageIoName, String mediaType) {
        this.extension = extension;
        this.imageIoName = imageIoName;
        this.mediaType = mediaType;
    }

    static ImageFormat parse(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                .orElseThrow(() -> IiifException.badRequest("unsupported format: " + extension));
    }

    String extension() {
        return extension;
    }

    String imageIoName() {
        return imageIoName;
    }

    String mediaType() {
        return mediaType;
    }
}

package org.disan.ingest.derive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a JPEG's header segments (those before its image data) say, read from its bytes. */
final class JpegSegments {

    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;
    private static final int APP2 = 0xE2;
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    /** Bytes {@link #isJpeg} needs at least. */
    static final int SIGNATURE_BYTES = 4;

    private JpegSegments() {}

    /** Starts as a JPEG does: start-of-image, then a marker. */
    static boolean isJpeg(byte[] bytes) {
        return bytes.length >= SIGNATURE_BYTES && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Whether an APP2 segment before the image data carries an ICC colour profile. */
    static boolean hasIccProfile(byte[] bytes) {
        int at = 2;
        while (at + 4 <= bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte before a marker
                continue;
            }
            if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
                return false;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2; // markers without a length
                continue;
            }
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            int content = at + 4;
            if (marker == APP2 && content + ICC_PROFILE.length <= bytes.length
                    && Arrays.equals(bytes, content, content + ICC_PROFILE.length, ICC_PROFILE, 0, ICC_PROFILE.length)) {
                return true;
            }
            at += 2 + length;
        }
        return false;
    }
}

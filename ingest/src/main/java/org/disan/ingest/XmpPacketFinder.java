package org.disan.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Where an image's XMP packet starts, found with large reads: in a JPEG among the segments before
 * the compressed image data (where XMP lives), in any other file anywhere in it.
 */
final class XmpPacketFinder {

    private static final byte[] PACKET_START = "<?xpacket begin".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 20;
    private static final int JPEG_MARKER = 0xFF;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;

    private XmpPacketFinder() {}

    /** The offset of the first XMP packet in a JPEG's header segments, if it has one. */
    static OptionalLong inJpeg(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return find(channel, jpegHeaderLength(channel));
        }
    }

    /** The offset of the first XMP packet anywhere in the file, if it has one. */
    static OptionalLong anywhere(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return find(channel, channel.size());
        }
    }

    /**
     * The length of the JPEG's segments before its image data (start of scan), where an encoder
     * puts XMP; the whole file when its segments cannot be followed, as in a damaged file.
     */
    private static long jpegHeaderLength(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer marker = ByteBuffer.allocate(4);
        long position = 2; // after the start-of-image marker
        while (position + 4 <= size) {
            marker.clear();
            channel.read(marker, position);
            int first = marker.get(0) & 0xFF;
            int type = marker.get(1) & 0xFF;
            if (first != JPEG_MARKER) {
                return size;
            }
            if (type == START_OF_SCAN || type == END_OF_IMAGE) {
                return position;
            }
            if (type == JPEG_MARKER) {
                position++; // a fill byte before the marker
                continue;
            }
            int length = ((marker.get(2) & 0xFF) << 8) | (marker.get(3) & 0xFF);
            if (length < 2) {
                return size;
            }
            position += 2 + length;
        }
        return size;
    }

    private static OptionalLong find(FileChannel channel, long limit) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(limit, PACKET_START.length)));
        byte[] bytes = buffer.array();
        long base = 0;
        int kept = 0;
        while (base + kept < limit) {
            buffer.clear().position(kept);
            buffer.limit((int) Math.min(bytes.length, limit - base));
            int read = channel.read(buffer, base + kept);
            if (read <= 0) {
                break;
            }
            int filled = kept + read;
            int found = indexOf(bytes, filled);
            if (found >= 0) {
                return OptionalLong.of(base + found);
            }
            // Keep the tail that could be the start of a packet cut by the chunk's end.
            kept = Math.min(PACKET_START.length - 1, filled);
            System.arraycopy(bytes, filled - kept, bytes, 0, kept);
            base += filled - kept;
        }
        return OptionalLong.empty();
    }

    private static int indexOf(byte[] bytes, int length) {
        byte first = PACKET_START[0];
        for (int i = 0, last = length - PACKET_START.length; i <= last; i++) {
            if (bytes[i] == first && startsAt(bytes, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] bytes, int offset) {
        for (int j = 1; j < PACKET_START.length; j++) {
            if (bytes[offset + j] != PACKET_START[j]) {
                return false;
            }
        }
        return true;
    }
}

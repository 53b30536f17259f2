package org.disan.ingest.image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The decoders that claim a file, best for region reads first. ImageIO lists them in no fixed
 * order; measured on a 1 GB striped TIFF, the JDK's TIFF reader cut a 512-pixel tile in tens of
 * milliseconds where TwelveMonkeys' took seconds (and failed on subsampled regions at the right
 * edge), while for JPEG TwelveMonkeys is the one that reads CMYK colours right.
 */
final class RegionReaders {

    private static final String JDK = "com.sun.imageio.";
    private static final String TWELVE_MONKEYS = "com.twelvemonkeys.";

    private RegionReaders() {
    }

    /** Every reader for the stream, in the order to try them; the caller disposes them. */
    static List<ImageReader> ranked(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IOException("cannot be opened");
        }
        List<ImageReader> readers = new ArrayList<>();
        Iterator<ImageReader> found = ImageIO.getImageReaders(in);
        found.forEachRemaining(readers::add);
        boolean jpeg = !readers.isEmpty() && isJpeg(readers.get(0));
        readers.sort(Comparator.comparingInt(reader -> rank(reader, jpeg)));
        return readers;
    }

    /** A reader of the same kind as one ranked before, by class, for a new stream. */
    static ImageReader same(ImageInputStream in, String readerClass) throws IOException {
        ImageReader chosen = null;
        for (ImageReader reader : ranked(in)) {
            if (chosen == null && reader.getClass().getName().equals(readerClass)) {
                chosen = reader;
            } else {
                reader.dispose();
            }
        }
        if (chosen == null) {
            throw new IOException("the decoder " + readerClass + " no longer reads this file");
        }
        return chosen;
    }

    private static int rank(ImageReader reader, boolean jpeg) {
        String name = reader.getClass().getName();
        if (jpeg) {
            return name.startsWith(TWELVE_MONKEYS) ? 0 : name.startsWith(JDK) ? 1 : 2;
        }
        return name.startsWith(JDK) ? 0 : name.startsWith(TWELVE_MONKEYS) ? 2 : 1;
    }

    private static boolean isJpeg(ImageReader reader) {
        try {
            return reader.getFormatName().toLowerCase(java.util.Locale.ROOT).contains("jp");
        } catch (IOException e) {
            return false;
        }
    }
}

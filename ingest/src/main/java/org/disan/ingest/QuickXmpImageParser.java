package org.disan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.image.ImageMetadataExtractor;
import org.apache.tika.parser.image.JpegParser;
import org.apache.tika.parser.image.TiffParser;
import org.apache.tika.parser.xmp.JempboxExtractor;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's JPEG and TIFF parsers with the image's XMP packet found quickly. Tika's own look for the
 * packet by reading the whole image one byte at a time: a second for each 100 MB TIFF, and an
 * eighth of the parser process's time on a collection of photographs and scans. This reads the
 * same metadata (EXIF, IPTC and the rest through Tika's {@link ImageMetadataExtractor}, XMP through
 * its {@link JempboxExtractor}) and hands the XMP reader the file from the packet's start, found by
 * {@link XmpPacketFinder}. An image going to OCR is left to Tika's parser, whose OCR dwarfs the scan.
 */
public final class QuickXmpImageParser implements Parser {

    private static final long serialVersionUID = 1L;
    private static final MediaType JPEG = MediaType.image("jpeg");
    private static final MediaType TIFF = MediaType.image("tiff");
    private static final Set<MediaType> TYPES = Set.of(JPEG, TIFF);

    private final Parser jpegParser = new JpegParser();
    private final Parser tiffParser = new TiffParser();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        boolean jpeg = isJpeg(metadata);
        if (goesToOcr(jpeg, context)) {
            (jpeg ? jpegParser : tiffParser).parse(stream, handler, metadata, context);
            return;
        }
        try (TemporaryResources temporary = new TemporaryResources()) {
            Path file = TikaInputStream.get(stream, temporary, metadata).getPath();
            ImageMetadataExtractor extractor = new ImageMetadataExtractor(metadata);
            if (jpeg) {
                extractor.parseJpeg(file.toFile());
            } else {
                extractor.parseTiff(file.toFile());
            }
            OptionalLong packet = jpeg ? XmpPacketFinder.inJpeg(file) : XmpPacketFinder.anywhere(file);
            if (packet.isPresent()) {
                readXmp(file, packet.getAsLong(), metadata);
            }
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.endDocument();
    }

    private static void readXmp(Path file, long start, Metadata metadata) throws IOException, TikaException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            new JempboxExtractor(metadata).parse(Channels.newInputStream(channel));
        }
    }

    private static boolean isJpeg(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type == null || !TIFF.equals(type.getBaseType());
    }

    /** As Tika's image parsers decide it: the context's parser reads this image type for OCR. */
    private static boolean goesToOcr(boolean jpeg, ParseContext context) {
        Parser ocr = EmbeddedDocumentUtil.getStatelessParser(context);
        MediaType ocrType = MediaType.image("ocr-" + (jpeg ? JPEG : TIFF).getSubtype());
        return ocr != null && ocr.getSupportedTypes(context).contains(ocrType);
    }
}

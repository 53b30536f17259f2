package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.image.JpegParser;
import org.apache.tika.parser.image.TiffParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick parser reads what Tika's JPEG and TIFF parsers read, XMP included, wherever the packet lies. */
class QuickXmpImageParserTest {

    private static final String XMP_TITLE = "Hồ Gươm lúc bình minh";

    @TempDir
    Path in;

    @Test
    void aPhotographGivesWhatTikasJpegParserGives() throws Exception {
        Path jpeg = TestFiles.exifJpeg(in.resolve("den-hung.jpg"));

        Map<String, String> quick = metadata(new QuickXmpImageParser(), jpeg, "image/jpeg");

        assertThat(quick).isEqualTo(metadata(new JpegParser(), jpeg, "image/jpeg"));
        assertThat(quick.get(TikaCoreProperties.TITLE.getName())).isEqualTo("[Đền Hùng ngày giỗ Tổ]");
    }

    @Test
    void aJpegWithoutXmpGivesWhatTikasJpegParserGives() throws Exception {
        Path jpeg = in.resolve("plain.jpg");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", jpeg.toFile());

        assertThat(metadata(new QuickXmpImageParser(), jpeg, "image/jpeg"))
                .isEqualTo(metadata(new JpegParser(), jpeg, "image/jpeg"));
    }

    @Test
    void aTiffWhosePacketLiesAfterItsImageDataGivesWhatTikasTiffParserGives() throws Exception {
        Path tiff = in.resolve("scan.tif");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY), "tif", tiff.toFile());
        Files.write(tiff, xmpPacket(XMP_TITLE), StandardOpenOption.APPEND);

        Map<String, String> quick = metadata(new QuickXmpImageParser(), tiff, "image/tiff");

        assertThat(quick).isEqualTo(metadata(new TiffParser(), tiff, "image/tiff"));
        assertThat(quick.get(TikaCoreProperties.TITLE.getName())).isEqualTo("[" + XMP_TITLE + "]");
    }

    @Test
    void aTiffWithoutXmpGivesWhatTikasTiffParserGives() throws Exception {
        Path tiff = in.resolve("plain.tif");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY), "tif", tiff.toFile());

        assertThat(metadata(new QuickXmpImageParser(), tiff, "image/tiff"))
                .isEqualTo(metadata(new TiffParser(), tiff, "image/tiff"));
    }

    @Test
    void theIngestsTikaReadsJpegAndTiffWithIt() throws Exception {
        Path jpeg = TestFiles.exifJpeg(in.resolve("den-hung.jpg"));
        Path tiff = in.resolve("scan.tif");
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY), "tif", tiff.toFile());

        assertThat(metadata(TikaEngine.shared().parser(), jpeg, "image/jpeg").get(TikaCoreProperties.TIKA_PARSED_BY.getName()))
                .contains(QuickXmpImageParser.class.getName());
        assertThat(metadata(TikaEngine.shared().parser(), tiff, "image/tiff").get(TikaCoreProperties.TIKA_PARSED_BY.getName()))
                .contains(QuickXmpImageParser.class.getName());
    }

    private static Map<String, String> metadata(Parser parser, Path file, String type) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        try (InputStream stream = TikaInputStream.get(file)) {
            parser.parse(stream, new BodyContentHandler(), metadata, new ParseContext());
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : metadata.names()) {
            values.put(name, Arrays.toString(metadata.getValues(name)));
        }
        return values;
    }

    static byte[] xmpPacket(String title) {
        String packet = "<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" + title + "</rdf:li></rdf:Alt></dc:title>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }
}

package org.disan.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, written by the tests themselves. */
public final class TestFiles {

    static final String ODT_MIME_TYPE = "application/vnd.oasis.opendocument.text";

    /** A font with Vietnamese glyphs; Debian's fonts-dejavu-core comes with the JDK's font support. */
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private TestFiles() {}

    /** A PDF with a text layer: one line per entry, title and author in the document info. */
    public static Path pdf(Path file, String title, String author, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(60, 780);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreationDate(Calendar.getInstance());
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF that opens only with a password. */
    public static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(doc, DEJAVU.toFile()), 12);
                content.newLineAtOffset(60, 780);
                content.showText("Tài liệu mật");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose only page is a picture of text, as a scanner makes it. */
    public static Path imageOnlyPdf(Path file, List<String> lines) throws IOException {
        return imageOnlyPdf(file, lines, 1);
    }

    /** An image-only PDF of several identical scanned pages. */
    public static Path imageOnlyPdf(Path file, List<String> lines, int pages) throws IOException {
        BufferedImage scan = textImage(lines, 1654, 600, 36);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float width = PDRectangle.A4.getWidth();
                    float height = width * scan.getHeight() / scan.getWidth();
                    content.drawImage(image, 0, PDRectangle.A4.getHeight() - height, width, height);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Black text on white, as a clean scan would show it. */
    public static BufferedImage textImage(List<String> lines, int width, int height, int fontSize) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, fontSize));
            int y = fontSize * 2;
            for (String line : lines) {
                g.drawString(line, fontSize, y);
                y += fontSize * 2;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static Path docx(Path file, String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(author);
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
        return file;
    }

    /**
     * An OpenDocument text file as office suites write it: an uncompressed {@code mimetype} entry
     * first, then the manifest, the document metadata and the content.
     */
    public static Path odt(Path file, String title, String author, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String text : paragraphs) {
            body.append("<text:p>").append(xmlEscaped(text)).append("</text:p>");
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            storedEntry(zip, "mimetype", ODT_MIME_TYPE.getBytes(StandardCharsets.US_ASCII));
            deflatedEntry(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                     <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.formatted(ODT_MIME_TYPE));
            deflatedEntry(zip, "meta.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
                    xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                     <office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator></office:meta>
                    </office:document-meta>
                    """.formatted(xmlEscaped(title), xmlEscaped(author)));
            deflatedEntry(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text>%s</office:text></office:body>
                    </office:document-content>
                    """.formatted(body));
        }
        return file;
    }

    private static void storedEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflatedEntry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A mono 16-bit PCM WAV of a sine tone. */
    public static Path wav(Path file, double seconds, int sampleRate) throws IOException {
        int frames = (int) Math.round(seconds * sampleRate);
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short sample = (short) (Math.sin(2 * Math.PI * 440 * i / sampleRate) * 12000);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    public static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30, 180));
        g.fillOval(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The photograph kept under test resources: EXIF artist/date/GPS/orientation 6, IPTC keywords and city, XMP title. */
    public static Path exifJpeg(Path file) throws IOException {
        try (InputStream in = TestFiles.class.getResourceAsStream("/fixtures/den-hung-exif.jpg")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The first half of a file's bytes, as a broken download leaves it. */
    public static Path truncated(Path source, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }
}

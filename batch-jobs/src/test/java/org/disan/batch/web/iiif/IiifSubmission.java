package org.disan.batch.web.iiif;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * A submission made for deep zoom: a striped TIFF scan large enough for several zoom levels, a
 * photograph, a restricted photograph, a PDF of two text pages and a scanned page, and a short
 * recording, with a sheet that gives them titles, languages and rights.
 */
final class IiifSubmission {

    static final int SCAN_WIDTH = 6000;
    static final int SCAN_HEIGHT = 4000;
    static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

    private IiifSubmission() {
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        ImageIO.write(scan(SCAN_WIDTH, SCAN_HEIGHT), "tiff", folder.resolve("scan.tif").toFile());
        ImageIO.write(scan(800, 600), "jpg", folder.resolve("photo.jpg").toFile());
        ImageIO.write(scan(640, 480), "png", folder.resolve("hidden.png").toFile());
        pdf(folder.resolve("annals.pdf"));
        wav(folder.resolve("song.wav"), 2);
        Files.writeString(folder.resolve("metadata.csv"), String.join("\n",
                "file,title,description,creator,language,rights,date,type,access",
                "scan.tif,Bản đồ phố cổ Hà Nội,Bản quét bản đồ các phố nghề,Viện Viễn Đông Bác Cổ,vi," + CC_BY + ",1925,StillImage,public",
                "photo.jpg,Hoan Kiem Lake at dawn,A photograph of the lake,Lan Nguyen,en,All rights reserved,2019,StillImage,public",
                "hidden.png,Ảnh chưa công bố,Không công khai,,vi,,2021,StillImage,restricted",
                "annals.pdf,Biên niên Thăng Long,Ba trang biên niên,,vi,,1010,Text,public",
                "song.wav,Ca trù thử,Một đoạn ghi âm ngắn,,vi,,2020,Sound,public",
                ""), StandardCharsets.UTF_8);
    }

    /** The record id of a submitted file: the SHA-256 of its bytes. */
    static String recordId(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A map-like drawing: a grid of streets and labels, so every tile has edges to look at. */
    static BufferedImage scan(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(238, 226, 198));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(90, 60, 30));
        g.setStroke(new BasicStroke(3));
        for (int x = 0; x < width; x += 97) {
            g.drawLine(x, 0, x + height / 7, height);
        }
        for (int y = 0; y < height; y += 89) {
            g.drawLine(0, y, width, y + width / 11);
        }
        g.setFont(new Font(Font.SERIF, Font.BOLD, 40));
        for (int y = 60; y < height; y += 400) {
            for (int x = 40; x < width; x += 600) {
                g.drawString("Hang " + x + "/" + y, x, y);
            }
        }
        g.dispose();
        return image;
    }

    private static void pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int page = 1; page <= 2; page++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdfPage);
                try (PDPageContentStream text = new PDPageContentStream(doc, pdfPage)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 18);
                    text.newLineAtOffset(72, 760);
                    text.showText("Thang Long annals, page " + page);
                    text.endText();
                }
            }
            PDPage scanned = new PDPage(PDRectangle.A4);
            doc.addPage(scanned);
            try (PDPageContentStream content = new PDPageContentStream(doc, scanned)) {
                content.drawImage(LosslessFactory.createFromImage(doc, scan(1240, 1754)), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(file.toFile());
        }
    }

    private static void wav(Path file, int seconds) throws IOException {
        int rate = 8000;
        byte[] samples = new byte[rate * seconds * 2];
        for (int i = 0; i < rate * seconds; i++) {
            short value = (short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000);
            samples[2 * i] = (byte) value;
            samples[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(samples), format, rate * seconds)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}

package org.disan.samples.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.disan.samples.PlannedFile;
import org.disan.samples.text.HeritageProse;

/**
 * A "scanned" document: each page is text rendered into a slightly skewed, speckled grey image at
 * 150 dpi and placed as the page picture, with no text layer — only OCR can read it.
 */
public final class ScannedPdfWriter implements SampleWriter {

    private static final int PAGE_WIDTH = 1240;
    private static final int PAGE_HEIGHT = 1754;
    private static final int MARGIN = 110;

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        int pages = 1 + random.nextInt(3);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int i = 0; i < pages; i++) {
                BufferedImage scan = renderPage(file, i == 0, random);
                PDImageXObject image = JPEGFactory.createFromImage(document, scan, 0.8f);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            PdfDocumentInfo.apply(document, file.record());
            document.save(target.toFile());
        }
    }

    private static BufferedImage renderPage(PlannedFile file, boolean first, SplittableRandom random) {
        BufferedImage page = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            int paper = 225 + random.nextInt(25);
            g.setColor(new Color(paper, paper, paper));
            g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.rotate(Math.toRadians(random.nextDouble() - 0.5), PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
            int ink = 20 + random.nextInt(40);
            g.setColor(new Color(ink, ink, ink));
            int y = MARGIN;
            if (first) {
                g.setFont(HeritageFont.awt(40f));
                for (String line : LineWrapper.wrap(file.record().title(), PAGE_WIDTH - 2.0 * MARGIN, s -> g.getFontMetrics().stringWidth(s))) {
                    y += 52;
                    g.drawString(line, MARGIN, y);
                }
                y += 30;
            }
            g.setFont(HeritageFont.awt(28f));
            int leading = 40;
            while (y < PAGE_HEIGHT - MARGIN - 4 * leading) {
                String text = HeritageProse.paragraph(file.topic(), file.language(), 3 + random.nextInt(3), random);
                List<String> lines = LineWrapper.wrap(text, PAGE_WIDTH - 2.0 * MARGIN, s -> g.getFontMetrics().stringWidth(s));
                for (String line : lines) {
                    if (y >= PAGE_HEIGHT - MARGIN) {
                        break;
                    }
                    y += leading;
                    g.drawString(line, MARGIN, y);
                }
                y += leading / 2;
            }
        } finally {
            g.dispose();
        }
        speckle(page, random);
        return page;
    }

    /** Dust and toner specks, as on a real scan. */
    private static void speckle(BufferedImage page, SplittableRandom random) {
        for (int i = 0; i < 1500; i++) {
            int grey = random.nextInt(120);
            page.setRGB(random.nextInt(PAGE_WIDTH), random.nextInt(PAGE_HEIGHT), new Color(grey, grey, grey).getRGB());
        }
    }
}

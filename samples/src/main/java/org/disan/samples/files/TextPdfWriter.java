package org.disan.samples.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.disan.samples.PlannedFile;
import org.disan.samples.text.HeritageProse;
import org.disan.samples.text.Language;

/**
 * A born-digital PDF with a text layer: a title and paragraphs about the file's topic, in the
 * embedded Unicode font. Pages are streamed to a scratch file, so a 500-page PDF needs little heap.
 */
public final class TextPdfWriter implements SampleWriter {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 11;
    private static final float TITLE_SIZE = 16;
    private static final float LEADING = 15;

    private final int minPages;
    private final int maxPages;

    public TextPdfWriter(int minPages, int maxPages) {
        this.minPages = minPages;
        this.maxPages = maxPages;
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        int pages = minPages + random.nextInt(maxPages - minPages + 1);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font font = PDType0Font.load(document, HeritageFont.file().toFile());
            for (int page = 0; page < pages; page++) {
                writePage(document, font, file, page, random);
            }
            PdfDocumentInfo.apply(document, file.record());
            document.save(target.toFile());
        }
    }

    private void writePage(PDDocument document, PDType0Font font, PlannedFile file, int pageNumber, SplittableRandom random)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        float y = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.newLineAtOffset(MARGIN, y);
            if (pageNumber == 0) {
                y -= showLines(content, font, TITLE_SIZE, TITLE_SIZE * 1.5f, wrap(file.record().title(), font, TITLE_SIZE, width));
                content.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            boolean bilingual = file.record().languages().size() > 1;
            int paragraph = 0;
            while (y > MARGIN + 6 * LEADING) {
                Language language = bilingual && paragraph % 2 == 1 ? Language.EN : file.language();
                String text = HeritageProse.paragraph(file.topic(), language, 3 + random.nextInt(4), random);
                List<String> lines = wrap(text, font, BODY_SIZE, width);
                int room = (int) ((y - MARGIN) / LEADING);
                y -= showLines(content, font, BODY_SIZE, LEADING, lines.subList(0, Math.min(room, lines.size())));
                content.newLineAtOffset(0, -LEADING / 2);
                y -= LEADING / 2;
                paragraph++;
            }
            content.endText();
        }
    }

    private static float showLines(PDPageContentStream content, PDType0Font font, float size, float leading, List<String> lines)
            throws IOException {
        content.setFont(font, size);
        for (String line : lines) {
            content.newLineAtOffset(0, -leading);
            content.showText(line);
        }
        return lines.size() * leading;
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) {
        return LineWrapper.wrap(text, width, line -> {
            try {
                return font.getStringWidth(line) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

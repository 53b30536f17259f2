package org.disan.ingest.derive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a PDF's first page to an image, at a resolution chosen so that even a poster-sized
 * page stays within a fixed number of pixels.
 */
public final class PdfPageRenderer {

    private static final float MAX_DPI = 150;
    private static final float POINTS_PER_INCH = 72;

    /** The longer side of the page image an ingest stores and the record page shows. */
    private static final int PAGE_IMAGE_SIDE = 1600;

    private final int maxSide;

    /** Renders pages at the size of the page image an ingest stores. */
    public static PdfPageRenderer forPageImages() {
        return new PdfPageRenderer(PAGE_IMAGE_SIDE);
    }

    /** @param maxSide the rendered image's longer side, in pixels, at most */
    public PdfPageRenderer(int maxSide) {
        this.maxSide = maxSide;
    }

    /**
     * @throws IOException when the PDF cannot be opened or has no page
     */
    public BufferedImage firstPage(Path pdf) throws IOException {
        // Buffers go to temporary files rather than the heap: PDFs can be large.
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no pages");
            }
            PDRectangle box = doc.getPage(0).getCropBox();
            float longestInches = Math.max(box.getWidth(), box.getHeight()) / POINTS_PER_INCH;
            float dpi = Math.min(MAX_DPI, maxSide / Math.max(longestInches, 0.1f));
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }
}

package org.disan.ingest.image;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A PDF's pages as images: each page's size in pixels at the resolution deep zoom serves it
 * (300 dpi, less for a page so large it would pass {@link #MAX_SIDE} pixels), and a source that
 * renders any region of a page. The document stays open until closed, since opening a long PDF
 * costs more than drawing a tile of it; PDFBox draws one page of a document at a time.
 */
public final class PdfPages implements Closeable {

    /** The longer side of a page's full-resolution image, at most. */
    static final int MAX_SIDE = 8000;
    private static final float DPI = 300;
    private static final float POINTS_PER_INCH = 72;

    /** One page's full-resolution size, and the pixels a PDF point becomes at that size. */
    public record PageSize(int width, int height, float pixelsPerPoint) {}

    private final PDDocument document;
    private final List<PageSize> sizes;

    private PdfPages(PDDocument document, List<PageSize> sizes) {
        this.document = document;
        this.sizes = List.copyOf(sizes);
    }

    /**
     * Reads the page tree of a PDF (not its content).
     *
     * @throws IOException when the PDF cannot be opened or has no page
     */
    public static PdfPages open(Path pdf) throws IOException {
        // Buffers go to temporary files rather than the heap: PDFs can be large.
        PDDocument doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
        try {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no pages");
            }
            List<PageSize> sizes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                sizes.add(sizeOf(page));
            }
            return new PdfPages(doc, sizes);
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    public int count() {
        return sizes.size();
    }

    /** The size of a page, counted from 1. */
    public PageSize size(int pageNumber) {
        return sizes.get(pageNumber - 1);
    }

    /** A source that draws regions of a page, counted from 1. */
    public ImageRegionSource page(int pageNumber) {
        if (pageNumber < 1 || pageNumber > sizes.size()) {
            throw new IllegalArgumentException("no page " + pageNumber + " in a PDF of " + sizes.size());
        }
        return new PdfPageRegionSource(document, pageNumber - 1, size(pageNumber));
    }

    @Override
    public void close() throws IOException {
        synchronized (document) {
            document.close();
        }
    }

    private static PageSize sizeOf(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float widthPoints = turned ? box.getHeight() : box.getWidth();
        float heightPoints = turned ? box.getWidth() : box.getHeight();
        float longest = Math.max(1, Math.max(widthPoints, heightPoints));
        float pixelsPerPoint = Math.min(DPI / POINTS_PER_INCH, MAX_SIDE / longest);
        return new PageSize(Math.max(1, Math.round(widthPoints * pixelsPerPoint)),
                Math.max(1, Math.round(heightPoints * pixelsPerPoint)), pixelsPerPoint);
    }
}

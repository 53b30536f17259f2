package org.disan.ingest.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One PDF page drawn a region at a time: PDFBox renders straight into an image of the output's
 * size, moved and scaled so that only the region lands on it. A scanned page's picture is
 * decoded with subsampling when the view is zoomed out. Pages of one document are drawn one at a
 * time: PDFBox documents are not safe to share between threads.
 */
final class PdfPageRegionSource implements ImageRegionSource {

    private final PDDocument document;
    private final int pageIndex;
    private final PdfPages.PageSize size;

    PdfPageRegionSource(PDDocument document, int pageIndex, PdfPages.PageSize size) {
        this.document = document;
        this.pageIndex = pageIndex;
        this.size = size;
    }

    @Override
    public int width() {
        return size.width();
    }

    @Override
    public int height() {
        return size.height();
    }

    @Override
    public BufferedImage render(Rectangle region, int outWidth, int outHeight) throws IOException {
        double scaleX = outWidth / (double) region.width;
        double scaleY = outHeight / (double) region.height;
        BufferedImage image = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outWidth, outHeight);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate(-region.x * scaleX, -region.y * scaleY);
            synchronized (document) {
                PDFRenderer renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true);
                renderer.renderPageToGraphics(pageIndex, g,
                        (float) (size.pixelsPerPoint() * scaleX), (float) (size.pixelsPerPoint() * scaleY));
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot render page " + (pageIndex + 1) + ": " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
        return image;
    }
}

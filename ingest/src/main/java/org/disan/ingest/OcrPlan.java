package org.disan.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.disan.ingest.model.DublinCore;

/**
 * Whether one file is read with OCR, decided before its parse. Photographs are not OCRed unless
 * the mode is {@link OcrMode#ON}; scans (TIFFs, images the sheet calls "Text", images whose path
 * says "scan") and PDF pages without a text layer are, unless the mode is {@link OcrMode#OFF}.
 *
 * @param wanted the file would be OCRed if Tesseract were installed
 * @param runs OCR really runs (wanted and Tesseract installed)
 * @param languages the Tesseract models to read with, such as {@code vie+eng}
 */
record OcrPlan(boolean wanted, boolean runs, boolean pdf, String languages) {

    /**
     * Tesseract read Vietnamese with a quarter of its characters wrong when left on English; and
     * English about Hà Nội needs the Vietnamese model for its names.
     */
    static final String VIETNAMESE_AND_ENGLISH = "vie+eng";
    /**
     * A file the sheet says is in Vietnamese alone is read with the Vietnamese model alone: a fifth
     * faster than with both, and the English model no longer turns "Đống Đa" into "Đống Da".
     */
    static final String VIETNAMESE = "vie";

    OcrPlan(boolean wanted, boolean runs, boolean pdf) {
        this(wanted, runs, pdf, VIETNAMESE_AND_ENGLISH);
    }

    static OcrPlan decide(OcrMode mode, Identification id, DublinCore sheet, String relativePath,
            boolean tesseractInstalled) {
        boolean pdf = id.mimeType().equals("application/pdf");
        boolean image = id.majorType().equals("image");
        boolean wanted = switch (mode) {
            case OFF -> false;
            case ON -> pdf || image;
            case AUTO -> pdf || (image && looksLikeScan(id, sheet, relativePath));
        };
        return new OcrPlan(wanted, wanted && tesseractInstalled, pdf, tesseractLanguages(sheet));
    }

    private static String tesseractLanguages(DublinCore sheet) {
        List<String> languages = sheet.languages();
        boolean vietnameseOnly = !languages.isEmpty() && languages.stream()
                .map(tag -> tag.toLowerCase(Locale.ROOT))
                .allMatch(tag -> tag.equals("vi") || tag.equals("vie") || tag.startsWith("vi-"));
        return vietnameseOnly ? VIETNAMESE : VIETNAMESE_AND_ENGLISH;
    }

    private static boolean looksLikeScan(Identification id, DublinCore sheet, String relativePath) {
        String path = relativePath.toLowerCase(Locale.ROOT);
        return id.mimeType().equals("image/tiff")
                || "text".equalsIgnoreCase(sheet.type())
                || path.contains("scan");
    }

    /** The same file read without OCR. */
    OcrPlan withoutOcr() {
        return new OcrPlan(wanted, false, pdf, languages);
    }

    /** Puts this plan's OCR and PDF settings into a parse context. */
    void configure(ParseContext context, Duration timeout) {
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(languages);
        ocr.setSkipOcr(!runs);
        ocr.setTimeoutSeconds((int) Math.max(1, timeout.toSeconds()));
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdfConfig = new PDFParserConfig();
        pdfConfig.setOcrStrategy(runs ? PDFParserConfig.OCR_STRATEGY.AUTO
                : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        // Read multi-column pages in page order, not in the order the PDF draws them.
        pdfConfig.setSortByPosition(true);
        context.set(PDFParserConfig.class, pdfConfig);
    }
}

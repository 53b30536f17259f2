package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {

    private static final String VIETNAMESE_LETTERS = ".*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*";

    @Test
    void textPdfsHaveOneToFivePagesOfExtractableText() throws IOException {
        for (Path pdf : SmallCorpus.files(FileKind.TEXT_PDF)) {
            Map<String, String> record = SmallCorpus.recordOf(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                // then the text layer holds the title and, for Vietnamese records, Vietnamese letters
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
                assertThat(document.getNumberOfPages()).as(pdf.toString()).isBetween(1, 5);
                assertThat(text.replaceAll("\\s+", " ")).as(pdf.toString()).contains(record.get("title"));
                if (record.get("language").startsWith("vi")) {
                    assertThat(text.toLowerCase()).as(pdf.toString()).matches("(?s)" + VIETNAMESE_LETTERS);
                }
                assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(record.get("creator"));
            }
        }
    }

    @Test
    void scannedPdfsHavePageImagesAndNoText() throws IOException {
        for (Path pdf : SmallCorpus.files(FileKind.SCANNED_PDF)) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                // then no text can be extracted, only read from the page images
                assertThat(new PDFTextStripper().getText(document)).as(pdf.toString()).isBlank();
                for (PDPage page : document.getPages()) {
                    assertThat(page.getResources().getFontNames()).isEmpty();
                    var names = page.getResources().getXObjectNames();
                    assertThat(names).hasSize(1);
                    PDImageXObject image = (PDImageXObject) page.getResources().getXObject(names.iterator().next());
                    assertThat(image.getWidth()).isEqualTo(1240);
                    assertThat(image.getHeight()).isEqualTo(1754);
                }
            }
        }
    }

    @Test
    void docxFilesOpenWithTheirTitleAndProperties() throws IOException {
        for (Path docx : SmallCorpus.files(FileKind.DOCX)) {
            Map<String, String> record = SmallCorpus.recordOf(docx);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                 XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                assertThat(extractor.getText()).startsWith(record.get("title"));
                assertThat(document.getParagraphs()).hasSizeGreaterThan(3);
                assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(record.get("title"));
                assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo(record.get("creator"));
            }
        }
    }

    @Test
    void plainTextAndHtmlAreUtf8Nfc() throws IOException {
        for (FileKind kind : new FileKind[] {FileKind.TEXT, FileKind.HTML}) {
            for (Path file : SmallCorpus.files(kind)) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(Normalizer.isNormalized(content, Normalizer.Form.NFC)).isTrue();
                assertThat(content).contains(SmallCorpus.recordOf(file).get("title").replace("\"", "&quot;"));
                if (kind == FileKind.HTML) {
                    assertThat(content).contains("<meta charset=\"utf-8\">").containsPattern("<html lang=\"(vi|en)\">");
                }
            }
        }
    }
}

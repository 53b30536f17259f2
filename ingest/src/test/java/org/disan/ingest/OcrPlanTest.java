package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disan.ingest.model.DublinCore;
import org.junit.jupiter.api.Test;

class OcrPlanTest {

    private static final Identification PHOTO = new Identification("a", 1, "image/jpeg", null);
    private static final Identification TIFF = new Identification("b", 1, "image/tiff", null);
    private static final Identification PDF = new Identification("c", 1, "application/pdf", null);
    private static final Identification DOCX = new Identification("d", 1,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null);

    private static DublinCore typed(String type) {
        return new DublinCore(null, null, List.of(), List.of(), null, null, List.of(), null, type, null, null,
                null, null, List.of(), null);
    }

    @Test
    void autoReadsScansAndPdfsButNotPhotographs() {
        assertThat(OcrPlan.decide(OcrMode.AUTO, PHOTO, DublinCore.EMPTY, "photos/den.jpg", true).wanted()).isFalse();
        assertThat(OcrPlan.decide(OcrMode.AUTO, TIFF, DublinCore.EMPTY, "a/page.tif", true).runs()).isTrue();
        assertThat(OcrPlan.decide(OcrMode.AUTO, PHOTO, DublinCore.EMPTY, "scans/page-1.jpg", true).runs()).isTrue();
        assertThat(OcrPlan.decide(OcrMode.AUTO, PHOTO, typed("Text"), "p.jpg", true).runs()).isTrue();
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, DublinCore.EMPTY, "doc.pdf", true).runs()).isTrue();
        assertThat(OcrPlan.decide(OcrMode.AUTO, DOCX, DublinCore.EMPTY, "doc.docx", true).wanted()).isFalse();
    }

    @Test
    void onReadsEveryImageAndOffReadsNothing() {
        assertThat(OcrPlan.decide(OcrMode.ON, PHOTO, DublinCore.EMPTY, "photos/den.jpg", true).runs()).isTrue();
        assertThat(OcrPlan.decide(OcrMode.OFF, TIFF, DublinCore.EMPTY, "scans/page.tif", true).wanted()).isFalse();
        assertThat(OcrPlan.decide(OcrMode.OFF, PDF, DublinCore.EMPTY, "doc.pdf", true).wanted()).isFalse();
    }

    @Test
    void aFileTheSheetCallsVietnameseIsReadWithTheVietnameseModelAlone() {
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, inLanguage("vi"), "scans/a.pdf", true).languages())
                .isEqualTo("vie");
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, inLanguage("vi-VN"), "scans/a.pdf", true).languages())
                .isEqualTo("vie");
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, inLanguage("VIE"), "scans/a.pdf", true).languages())
                .isEqualTo("vie");
        // English about Hà Nội needs the Vietnamese model for its names; nothing said means both.
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, inLanguage("en"), "scans/a.pdf", true).languages())
                .isEqualTo("vie+eng");
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, inLanguage("vi; en"), "scans/a.pdf", true).languages())
                .isEqualTo("vie+eng");
        assertThat(OcrPlan.decide(OcrMode.AUTO, PDF, DublinCore.EMPTY, "scans/a.pdf", true).languages())
                .isEqualTo("vie+eng");
    }

    private static DublinCore inLanguage(String language) {
        return new DublinCore(null, null, List.of(), List.of(), null, null, List.of(), null, null, null, null,
                language, null, List.of(), null);
    }

    @Test
    void withoutTesseractOcrIsWantedButDoesNotRun() {
        OcrPlan plan = OcrPlan.decide(OcrMode.AUTO, TIFF, DublinCore.EMPTY, "page.tif", false);

        assertThat(plan.wanted()).isTrue();
        assertThat(plan.runs()).isFalse();
    }
}

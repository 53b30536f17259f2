package org.disan.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Failure reasons and labels read from the application's own message bundles. */
class FailureReasonsTest {

    private final ResourceBundleMessageSource messages = bundles();
    private final FailureReasons reasons = new FailureReasons(messages);
    private final ValueLabels labels = new ValueLabels(messages);

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("ISO-8859-1");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void knownReasonsAreTranslatedAndKeepTheirDetails() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        assertThat(reasons.text("empty file (0 bytes)")).isEqualTo("Tệp rỗng (0 byte)");
        assertThat(reasons.text("reading took longer than 60 s; the parser process was restarted"))
                .isEqualTo("Việc đọc tệp kéo dài quá 60 giây");
        assertThat(reasons.text("not a valid PDF: Header doesn't contain versioninfo"))
                .isEqualTo("Không phải tệp PDF hợp lệ: Header doesn't contain versioninfo");
    }

    @Test
    void unknownReasonsAreShownAsWritten() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        assertThat(reasons.text("something new went wrong")).isEqualTo("something new went wrong");
    }

    @Test
    void typesAndTechnicalFieldsAreNamedInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        assertThat(labels.type("StillImage")).isEqualTo("Ảnh tĩnh");
        assertThat(labels.type("Sound")).isEqualTo("Âm thanh");
        assertThat(labels.property("dateTaken")).isEqualTo("Ngày chụp");
        assertThat(labels.property("gps.latitude")).isEqualTo("Vĩ độ");
        assertThat(labels.property("someNewField")).isEqualTo("someNewField");
        assertThat(labels.facetValue("access", "RESTRICTED")).isEqualTo("Hạn chế");
    }

    @Test
    void langAttributesComeFromWellFormedLanguageTagsOnly() {
        assertThat(labels.lang("vi")).isEqualTo("vi");
        assertThat(labels.lang("vi_VN")).isEqualTo("vi-VN");
        assertThat(labels.lang("vi; en")).isNull();
        assertThat(labels.lang(null)).isNull();
    }
}

package org.disan.batch.web.iiif;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** disan's own words in IIIF documents, in English and Vietnamese, from the pages' message bundles. */
@Component
class FieldLabels {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, List<String>> label(String key, Object... arguments) {
        return LanguageMaps.both(messages.getMessage(key, arguments, Locale.ENGLISH),
                messages.getMessage(key, arguments, VIETNAMESE));
    }
}

package org.disan.batch.web;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names the interface gives to catalogue values in its own language: record types
 * ({@code StillImage} → "Still image", "Ảnh tĩnh"), access levels, technical field names. A value
 * with no translation is shown as it is.
 */
@Component("labels")
public class ValueLabels {

    private final MessageSource messages;

    ValueLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A facet value's name: {@code facet.type.StillImage}, else the value. */
    public String facetValue(String facet, String value) {
        return message("facet." + facet + "." + value, value);
    }

    /** A record type's name. */
    public String type(String type) {
        return type == null ? null : facetValue("type", type);
    }

    /** A technical property's name ({@code dateTaken} → "Date taken"). */
    public String property(String key) {
        return message("tech." + key, key);
    }

    /**
     * The language tag for a {@code lang} attribute on a record's own text, or {@code null} (no
     * attribute) when the record's language is unknown or not a well-formed tag.
     */
    public String lang(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(language.strip().replace('_', '-')).build().toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}

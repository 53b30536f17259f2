package org.disan.batch.web.iiif;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier an IIIF URL names: a record id, with {@code ~pN} after it for page N of a PDF.
 * A PDF named without a page is its first page.
 */
record IiifIdentifier(String recordId, int page) {

    private static final Pattern FORM = Pattern.compile("([0-9a-f]{64})(?:~p([1-9][0-9]{0,5}))?");

    /** The identifier, or empty when the text is no identifier of this archive. */
    static Optional<IiifIdentifier> parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IiifIdentifier(matcher.group(1),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))));
    }

    static IiifIdentifier of(String recordId, int page) {
        return new IiifIdentifier(recordId, page);
    }

    /** Page number for a PDF: the one named, else the first. */
    int pageOrFirst() {
        return page == 0 ? 1 : page;
    }

    boolean namesPage() {
        return page != 0;
    }

    @Override
    public String toString() {
        return page == 0 ? recordId : recordId + "~p" + page;
    }
}

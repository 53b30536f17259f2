package org.disan.batch.web.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disan.search.harvest.HarvestCursor;

/**
 * Resumption tokens that carry, beside what the request asked for (format, set, from, until, the
 * count already sent), the (datestamp, id) of the last record sent: the next page starts after
 * it, so records that change or arrive during a harvest neither shift nor repeat the rest.
 *
 * <p>The protocol layer builds the next token from the request's values and the page size alone;
 * the cursor travels beside it in this object, set by {@link #parse} when a token comes in and by
 * {@link OaiItems} when it reads a page. One instance serves one request.
 */
final class HarvestTokens implements ResumptionTokenFormat {

    private static final String VERSION = "1";
    /** Neither a set spec nor a metadata prefix may hold it. */
    private static final String SEPARATOR = "|";
    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{64}");

    private HarvestCursor resumedAfter;
    private HarvestCursor continueAfter;

    @Override
    public ResumptionTokenFormat withGranularity(Granularity granularity) {
        return this;
    }

    @Override
    public String format(ResumptionToken.Value value) {
        HarvestCursor cursor = continueAfter;
        if (value.isEmpty() || cursor == null) {
            return "";
        }
        String plain = String.join(SEPARATOR, VERSION, Long.toString(value.getOffset()),
                value.getMetadataPrefix(), value.hasSetSpec() ? value.getSetSpec() : "",
                seconds(value.hasFrom() ? value.getFrom() : null), seconds(value.getUntil()),
                Long.toString(cursor.datestamp()), cursor.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split(Pattern.quote(SEPARATOR), -1);
            if (parts.length != 8 || !VERSION.equals(parts[0]) || parts[2].isEmpty() || parts[5].isEmpty()
                    || !RECORD_ID.matcher(parts[7]).matches()) {
                throw new BadResumptionTokenException("The resumption token is not one this archive gave out.");
            }
            ResumptionToken.ValueBuilder value = new ResumptionToken.ValueBuilder()
                    .withOffset(nonNegative(parts[1]))
                    .withMetadataPrefix(parts[2])
                    .withUntil(Instant.ofEpochSecond(nonNegative(parts[5])));
            if (!parts[3].isEmpty()) {
                value.withSetSpec(parts[3]);
            }
            if (!parts[4].isEmpty()) {
                value.withFrom(Instant.ofEpochSecond(nonNegative(parts[4])));
            }
            resumedAfter = new HarvestCursor(nonNegative(parts[6]), parts[7]);
            return value.build();
        } catch (IllegalArgumentException e) {
            throw new BadResumptionTokenException("The resumption token is not one this archive gave out.");
        }
    }

    /** The cursor of the token this request resumes, if it resumes one. */
    Optional<HarvestCursor> resumedCursor() {
        return Optional.ofNullable(resumedAfter);
    }

    /** Where the page being answered ends: its token resumes after this record. */
    void continueAfter(HarvestCursor cursor) {
        continueAfter = cursor;
    }

    private static String seconds(Instant instant) {
        return instant == null ? "" : Long.toString(instant.getEpochSecond());
    }

    private static long nonNegative(String digits) {
        long value = Long.parseLong(digits);
        if (value < 0) {
            throw new IllegalArgumentException("negative");
        }
        return value;
    }
}

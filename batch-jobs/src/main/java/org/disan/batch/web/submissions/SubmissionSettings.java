package org.disan.batch.web.submissions;

import java.time.Duration;
import org.disan.ingest.submission.ZipLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How submissions sent to the API are taken ({@code disan.submissions.*}, or
 * {@code DISAN_SUBMISSIONS_MAXSIZE} and so on):
 *
 * @param maxSize the largest upload, e.g. {@code 500MB}; larger ones are refused with 413
 * @param maxEntries the most files and folders a zip may hold
 * @param maxExpansionRatio how many times its own size a zip may expand to; so it expands to at
 *     most {@code maxSize × maxExpansionRatio} in all
 * @param uploadTimeout the longest an upload may take to arrive; a slower one is answered 408
 */
@ConfigurationProperties(prefix = "disan.submissions")
public record SubmissionSettings(
        @DefaultValue("2GB") DataSize maxSize,
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("50") int maxExpansionRatio,
        @DefaultValue("1h") Duration uploadTimeout) {

    public SubmissionSettings {
        if (maxSize.toBytes() <= 0 || maxEntries <= 0 || maxExpansionRatio <= 0
                || uploadTimeout.isNegative() || uploadTimeout.isZero()) {
            throw new IllegalArgumentException("disan.submissions limits must be positive: max-size " + maxSize
                    + ", max-entries " + maxEntries + ", max-expansion-ratio " + maxExpansionRatio
                    + ", upload-timeout " + uploadTimeout);
        }
    }

    /** What an uploaded zip may expand to, checked from its directory before it is unpacked. */
    ZipLimits zipLimits() {
        return new ZipLimits(maxEntries, Math.multiplyExact(maxSize.toBytes(), (long) maxExpansionRatio), maxExpansionRatio);
    }
}

package org.disan.batch.web.submissions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How submissions sent to the API are taken: {@code disan.submissions.max-size} (or
 * {@code DISAN_SUBMISSIONS_MAXSIZE}), e.g. {@code 500MB}; larger uploads are refused with 413.
 */
@ConfigurationProperties(prefix = "disan.submissions")
public record SubmissionSettings(@DefaultValue("2GB") DataSize maxSize) {

    public SubmissionSettings {
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("disan.submissions.max-size must be positive, not " + maxSize);
        }
    }
}

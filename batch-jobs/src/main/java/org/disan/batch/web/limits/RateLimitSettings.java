package org.disan.batch.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client (one address, as the TLS proxy forwards it) may search and try to sign in:
 * {@code disan.rate-limits.searches-per-minute} (the search page and {@code /api/search}
 * together, default 120) and {@code disan.rate-limits.logins-per-minute} (posts to
 * {@code /login}, default 10). Each is a bucket that refills evenly over the minute.
 */
@ConfigurationProperties(prefix = "disan.rate-limits")
public record RateLimitSettings(@DefaultValue("120") int searchesPerMinute, @DefaultValue("10") int loginsPerMinute) {

    public RateLimitSettings {
        if (searchesPerMinute <= 0 || loginsPerMinute <= 0) {
            throw new IllegalArgumentException("disan.rate-limits must be positive: searches-per-minute "
                    + searchesPerMinute + ", logins-per-minute " + loginsPerMinute);
        }
    }
}

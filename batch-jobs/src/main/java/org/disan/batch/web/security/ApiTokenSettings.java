package org.disan.batch.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code disan.api.tokens[0]}, {@code disan.api.tokens[1]}, … (or {@code DISAN_API_TOKENS} as a
 * comma-separated list); {@code DISAN_API_TOKEN} adds one more.
 */
@ConfigurationProperties(prefix = "disan.api")
record ApiTokenSettings(List<String> tokens) {

    ApiTokenSettings {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    @Override
    public String toString() {
        return "ApiTokenSettings[" + tokens.size() + " tokens, values hidden]";
    }
}

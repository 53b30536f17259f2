package org.disan.batch.web.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers on every answer. Pages may load scripts, styles, images and media only from the
 * archive itself (so no inline script can run), may not be framed and send no referrer to other
 * sites. Stored files ({@code /files/**}) come from anyone who submitted them: whatever they are,
 * they are opened in a sandbox with no origin and nothing allowed, so even a file sent by mistake
 * as a page could neither run script nor reach the archive. No answer is type-sniffed.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String PAGE_POLICY = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String FILE_POLICY = "sandbox; default-src 'none'";

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher files = new AntPathRequestMatcher("/files/**");
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(files,
                        new StaticHeadersWriter(CONTENT_SECURITY_POLICY, FILE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(files),
                        new StaticHeadersWriter(CONTENT_SECURITY_POLICY, PAGE_POLICY)));
    }
}

package org.disan.batch.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers 429 with {@code Retry-After} once a client has searched or tried to sign in more often
 * than {@link RateLimitSettings} allow. It runs before the security filters, so a throttled
 * sign-in is refused before its password is checked. The client is the request's remote address,
 * which behind a TLS proxy is the address the proxy forwarded ({@code server.forward-headers-strategy}).
 */
final class ClientRateLimitFilter extends OncePerRequestFilter {

    private final ClientBuckets searches;
    private final ClientBuckets logins;
    private final MessageSource messages;
    private final LocaleResolver languages;

    ClientRateLimitFilter(RateLimitSettings settings, MessageSource messages, LocaleResolver languages) {
        this.searches = new ClientBuckets(settings.searchesPerMinute());
        this.logins = new ClientBuckets(settings.loginsPerMinute());
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ClientBuckets buckets = bucketsFor(request.getMethod(), path);
        Duration wait = buckets == null ? Duration.ZERO : buckets.take(request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
        } else {
            // The API speaks English, as all its errors do; pages the visitor's language.
            Locale language = path.startsWith("/api/") ? Locale.ENGLISH : languages.resolveLocale(request);
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            String message = messages.getMessage(buckets == logins ? "limits.logins" : "limits.searches",
                    new Object[] {seconds}, language);
            refuse(response, path.startsWith("/api/"), seconds, message);
        }
    }

    private ClientBuckets bucketsFor(String method, String path) {
        if ("POST".equals(method) && path.equals("/login")) {
            return logins;
        }
        if ("GET".equals(method) && (path.equals("/") || path.equals("/api/search"))) {
            return searches;
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, boolean json, long seconds, String message) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        // Answered before the security filters, so it sets their one header that matters here itself.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (json) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"" + message + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message);
        }
    }
}

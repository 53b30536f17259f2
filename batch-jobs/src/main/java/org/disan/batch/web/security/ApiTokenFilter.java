package org.disan.batch.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}: a valid token makes this one request a
 * submitter's, named by {@link ApiTokens#submitterOf} (nothing is kept in a session); an invalid one is answered 401 at once. Requests
 * without the header go on as they are, signed in or not, and so do all requests while no token
 * is configured (submissions then answer that they are switched off).
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final String SUBMITTER_ROLE = "SUBMITTER";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!tokens.configured() || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        java.util.Optional<String> submitter = tokens.submitterOf(header.substring(BEARER.length()).strip());
        if (submitter.isEmpty()) {
            BearerChallenge.invalidToken(response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(submitter.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + SUBMITTER_ROLE))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}

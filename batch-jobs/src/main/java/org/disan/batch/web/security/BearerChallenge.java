package org.disan.batch.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to a caller without valid credentials: 401 with a Bearer challenge (RFC 6750)
 * and the reason as JSON, like every other API error.
 */
final class BearerChallenge implements AuthenticationEntryPoint {

    static final String MISSING = "this needs an API token: send 'Authorization: Bearer <token>'";
    static final String INVALID = "the API token is not valid";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        send(response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer realm=\"disan\"", MISSING);
    }

    static void invalidToken(HttpServletResponse response) throws IOException {
        send(response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer realm=\"disan\", error=\"invalid_token\"", INVALID);
    }

    static void send(HttpServletResponse response, int status, String challenge, String error) throws IOException {
        response.setStatus(status);
        if (challenge != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}

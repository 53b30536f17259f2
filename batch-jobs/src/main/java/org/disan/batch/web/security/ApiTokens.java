package org.disan.batch.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets that let a museum's scripts submit collections and follow their jobs, from
 * {@code disan.api.tokens} (a list) or {@code DISAN_API_TOKEN}. Tokens are kept as SHA-256
 * digests and compared in constant time, so neither a token's content nor its length shows in
 * how long a refusal takes.
 */
public final class ApiTokens {

    private final List<byte[]> digests;

    private ApiTokens(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    /** The shortest token taken: 32 random characters cannot be guessed, shorter ones might be. */
    public static final int MIN_LENGTH = 32;

    /**
     * The non-blank tokens among those given; blank ones would let an empty header in.
     *
     * @throws IllegalStateException when a token is shorter than {@link #MIN_LENGTH} characters
     */
    public static ApiTokens of(List<String> tokens) {
        List<byte[]> digests = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token != null && !token.isBlank()) {
                if (token.strip().length() < MIN_LENGTH) {
                    throw new IllegalStateException("API token " + (i + 1) + " of " + tokens.size() + " (disan.api.tokens or"
                            + " DISAN_API_TOKEN) is " + token.strip().length() + " characters long; an API token must be at least "
                            + MIN_LENGTH + " characters long (make one with: openssl rand -hex 32)");
                }
                digests.add(digest(token.strip()));
            }
        }
        return new ApiTokens(digests);
    }

    /** Whether any token is configured; with none, submissions are switched off. */
    public boolean configured() {
        return !digests.isEmpty();
    }

    /** Whether the presented token is one of ours; every configured token is compared each time. */
    public boolean accepts(String presented) {
        byte[] candidate = digest(presented == null ? "" : presented);
        boolean accepted = false;
        for (byte[] digest : digests) {
            accepted |= MessageDigest.isEqual(digest, candidate);
        }
        return accepted;
    }

    /**
     * A short name for the accepted token, the same on every request and every start, that tells
     * whose jobs are whose without keeping the token itself; empty when the token is not ours.
     */
    public java.util.Optional<String> submitterOf(String presented) {
        if (!accepts(presented)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("token-" + java.util.HexFormat.of().formatHex(digest("disan-submitter:" + presented), 0, 8));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokens[" + digests.size() + " configured, values hidden]";
    }
}

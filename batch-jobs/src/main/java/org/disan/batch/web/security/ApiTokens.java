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

    /** The non-blank tokens among those given; blank ones would let an empty header in. */
    public static ApiTokens of(List<String> tokens) {
        List<byte[]> digests = new ArrayList<>();
        for (String token : tokens) {
            if (token != null && !token.isBlank()) {
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

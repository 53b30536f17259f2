package org.disan.ingest.model;

/** A message digest of the original bytes, as lowercase hex. */
public record Fixity(String algorithm, String digest) {

    public static Fixity sha256(String hex) {
        return new Fixity("SHA-256", hex);
    }
}

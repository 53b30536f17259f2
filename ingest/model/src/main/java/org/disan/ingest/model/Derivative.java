package org.disan.ingest.model;

/**
 * A file derived from the original, stored beside it.
 *
 * @param path path relative to the archive store's root, with forward slashes
 */
public record Derivative(DerivativeKind kind, String path, String mimeType, int width, int height) {}

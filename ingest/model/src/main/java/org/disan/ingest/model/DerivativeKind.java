package org.disan.ingest.model;

/** The kinds of derived files the pipeline makes from an original. */
public enum DerivativeKind {
    THUMBNAIL_SMALL,
    THUMBNAIL_LARGE,
    PAGE_IMAGE,
    WAVEFORM,
    KEYFRAME
}

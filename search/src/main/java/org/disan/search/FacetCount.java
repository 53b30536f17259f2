package org.disan.search;

/** One value of a facet and how many matching records have it. */
public record FacetCount(String value, long count) {}

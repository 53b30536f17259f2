package org.disan.batch.maintenance;

/** A stored record the reindex could not put into the new index, and why. */
public record ReindexFailure(String id, String reason) {}

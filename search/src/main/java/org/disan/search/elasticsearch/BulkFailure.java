package org.disan.search.elasticsearch;

/** One record that Elasticsearch refused in a bulk request, with its reason. */
public record BulkFailure(String id, int status, String reason) {

    @Override
    public String toString() {
        return id + " (" + status + "): " + reason;
    }
}

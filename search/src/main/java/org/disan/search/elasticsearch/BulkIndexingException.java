package org.disan.search.elasticsearch;

import java.util.List;

/**
 * Some records were not indexed. Every other record of the call was indexed and is searchable;
 * the failures list each refused record, so the caller can report and retry exactly those.
 */
public class BulkIndexingException extends ElasticsearchIndexException {

    private static final int SHOWN = 5;

    private final List<BulkFailure> failures;

    public BulkIndexingException(int attempted, List<BulkFailure> failures) {
        super(failures.size() + " of " + attempted + " records were not indexed: "
                + String.join("; ", failures.stream().limit(SHOWN).map(BulkFailure::toString).toList())
                + (failures.size() > SHOWN ? "; and " + (failures.size() - SHOWN) + " more" : ""));
        this.failures = List.copyOf(failures);
    }

    public List<BulkFailure> failures() {
        return failures;
    }
}

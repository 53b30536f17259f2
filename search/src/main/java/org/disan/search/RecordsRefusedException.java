package org.disan.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index refused some records for what they are (a term too long to index, a value that does
 * not fit the mapping); waiting will not change its mind. Every other record of the call was
 * indexed and is searchable. Part of the {@link ArchiveIndex} contract: the caller learns exactly
 * which records are missing and why.
 */
public class RecordsRefusedException extends RuntimeException {

    private static final int SHOWN = 5;

    private final List<RefusedRecord> refused;

    public RecordsRefusedException(int attempted, List<RefusedRecord> refused) {
        super(refused.size() + " of " + attempted + " records were not indexed: "
                + String.join("; ", refused.stream().limit(SHOWN).map(RefusedRecord::toString).toList())
                + (refused.size() > SHOWN ? "; and " + (refused.size() - SHOWN) + " more" : ""));
        this.refused = List.copyOf(refused);
    }

    /** The refused records, in the order they were given. */
    public List<RefusedRecord> refused() {
        return refused;
    }

    /** Each refused record's reason by its id. */
    public Map<String, String> reasonsById() {
        Map<String, String> reasons = new LinkedHashMap<>();
        refused.forEach(record -> reasons.putIfAbsent(record.id(), record.reason()));
        return reasons;
    }
}

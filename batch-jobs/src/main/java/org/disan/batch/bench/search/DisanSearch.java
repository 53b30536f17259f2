package org.disan.batch.bench.search;

import org.disan.batch.bench.search.QueryMix.BenchQuery;
import org.disan.search.ArchiveIndex;

/** A search through disan's {@link ArchiveIndex} contract: parsing, translation, hits, snippets, facets. */
record DisanSearch(String name, ArchiveIndex index) implements TimedSearch {

    @Override
    public long run(BenchQuery query) {
        return index.search(query.request()).hits().size();
    }

    @Override
    public long totalHits(BenchQuery query) {
        return index.search(query.request()).total();
    }
}

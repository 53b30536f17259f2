package org.disan.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.disan.search.FacetCount;
import org.disan.search.document.Facet;

/**
 * Counts facet values over the records a search matched. The ordinal state is built once per
 * index reader (it is costly) and reused until the reader changes.
 */
final class FacetCounter {

    private static final Comparator<FacetCount> MOST_FREQUENT_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final FacetsConfig config;
    private final AtomicReference<SortedSetDocValuesReaderState> state = new AtomicReference<>();

    FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector matches)
            throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        SortedSetDocValuesReaderState current = stateFor(reader);
        Facets facets = current == null ? null : new SortedSetDocValuesFacetCounts(current, matches);
        for (Facet facet : Facet.values()) {
            result.put(facet.key(), values(facets, facet));
        }
        return result;
    }

    private static List<FacetCount> values(Facets facets, Facet facet) throws IOException {
        List<FacetCount> counts = new ArrayList<>();
        FacetResult top = null;
        if (facets != null) {
            try {
                top = facets.getTopChildren(facet.valuesCounted(), facet.key());
            } catch (IllegalArgumentException noSuchDimension) {
                top = null; // no record carries this facet yet
            }
        }
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                counts.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        counts.sort(MOST_FREQUENT_FIRST);
        return counts;
    }

    private SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState cached = state.get();
        if (cached != null && cached.getReader() == reader) {
            return cached;
        }
        if (!hasFacetValues(reader)) {
            return null;
        }
        SortedSetDocValuesReaderState fresh = new DefaultSortedSetDocValuesReaderState(reader, config);
        state.set(fresh);
        return fresh;
    }

    private static boolean hasFacetValues(IndexReader reader) {
        return reader.leaves().stream().anyMatch(leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }
}

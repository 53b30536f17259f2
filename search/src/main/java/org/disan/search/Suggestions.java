package org.disan.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.search.analysis.TextFolding;
import org.disan.search.analysis.TextForm;

/**
 * Completions for what a researcher is typing, drawn from the titles, subjects, places and
 * creators of the records the words so far find. Built on {@link ArchiveIndex#search} alone, so
 * every backend suggests the same way and respects the same access rules.
 */
public final class Suggestions {

    private static final int RECORDS_LOOKED_AT = 30;
    private static final List<String> FACETS = List.of("subject", "place", "creator");

    private Suggestions() {}

    /** Up to {@code limit} suggestions, most common first; none for input without letters. */
    public static List<String> suggest(ArchiveIndex index, String typed, int limit,
            SearchRequest.Audience audience) {
        List<String> words = TextFolding.terms(TextForm.FOLDED, typed);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        List<String> complete = words.subList(0, words.size() - 1);
        String query = query(complete, last);
        if (query.isBlank()) {
            return List.of();
        }
        SearchResult found = index.search(new SearchRequest(query, Map.of(), 0,
                RECORDS_LOOKED_AT, SearchRequest.SortOrder.RELEVANCE, audience));

        Map<String, Candidate> byFolded = new LinkedHashMap<>();
        for (String facet : FACETS) {
            for (FacetCount value : found.facets().getOrDefault(facet, List.of())) {
                offer(byFolded, value.value(), value.count(), complete, last);
            }
        }
        for (SearchHit hit : found.hits()) {
            offer(byFolded, hit.title(), 1, complete, last);
        }
        List<Candidate> ranked = new ArrayList<>(byFolded.values());
        ranked.sort(Comparator.comparingLong(Candidate::count).reversed()
                .thenComparingInt(c -> c.text().length())
                .thenComparing(Candidate::text));
        return ranked.stream().limit(limit).map(Candidate::text).toList();
    }

    private static String query(List<String> complete, String last) {
        StringBuilder query = new StringBuilder();
        for (String word : complete) {
            query.append('"').append(word).append("\" ");
        }
        // a single letter is too broad to search for; it only filters the candidates
        if (last.length() >= 2) {
            boolean prefixable = last.codePoints().allMatch(Character::isLetterOrDigit);
            query.append(prefixable ? last + "*" : "\"" + last + "\"");
        }
        return query.toString();
    }

    private static void offer(Map<String, Candidate> byFolded, String text, long count,
            List<String> complete, String last) {
        if (text == null) {
            return;
        }
        String folded = TextFolding.fold(text);
        List<String> words = List.of(folded.split(" "));
        if (!words.containsAll(complete) || words.stream().noneMatch(w -> w.startsWith(last))) {
            return;
        }
        byFolded.merge(folded, new Candidate(text, count),
                (a, b) -> new Candidate(a.text(), a.count() + b.count()));
    }

    private record Candidate(String text, long count) {}
}

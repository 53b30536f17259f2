package org.disan.batch.bench.search;

import java.util.List;
import java.util.Map;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;

/**
 * The fixed searches the benchmark times, as researchers write them: words with and without
 * diacritics, phrases, field queries, boolean queries, prefixes, facet filters, date order, paging.
 */
final class QueryMix {

    private QueryMix() {}

    /** One timed search and the name it is reported under. */
    record BenchQuery(String name, SearchRequest request) {}

    static List<BenchQuery> queries() {
        return List.of(
                relevance("word, folded", "dinh"),
                relevance("word, diacritics", "đình"),
                relevance("two words, folded", "ha noi"),
                relevance("two words, diacritics", "Hà Nội"),
                relevance("old tone placement", "hoà bình"),
                relevance("english, stemmed", "craft villages"),
                relevance("phrase, vietnamese", "\"lễ hội\""),
                relevance("phrase, english", "\"lacquer painting\""),
                relevance("field title", "title:chùa"),
                relevance("field creator", "creator:\"Nguyễn Văn An\""),
                relevance("field subject", "subject:\"ca trù\""),
                relevance("field place", "place:huế"),
                relevance("field type and year range", "type:Sound AND year:1950..1975"),
                relevance("boolean AND", "gốm AND làng"),
                relevance("boolean OR", "chùa OR đền"),
                relevance("boolean NOT", "festival NOT pagoda"),
                relevance("prefix, vietnamese", "thu*"),
                relevance("prefix, english", "festiv*"),
                new BenchQuery("facet filter type", new SearchRequest("nghề", Map.of("type", List.of("Text")),
                        0, 10, SortOrder.RELEVANCE, Audience.PUBLIC)),
                new BenchQuery("facet filters place and language", new SearchRequest("temple",
                        Map.of("place", List.of("Huế"), "language", List.of("en")), 0, 10, SortOrder.RELEVANCE, Audience.PUBLIC)),
                new BenchQuery("sort by date, newest", new SearchRequest("lễ hội", Map.of(),
                        0, 10, SortOrder.DATE_DESCENDING, Audience.PUBLIC)),
                new BenchQuery("browse all, oldest first", new SearchRequest("", Map.of(),
                        0, 10, SortOrder.DATE_ASCENDING, Audience.PUBLIC)),
                new BenchQuery("page 5", new SearchRequest("museum", Map.of(), 40, 10, SortOrder.RELEVANCE, Audience.PUBLIC)),
                new BenchQuery("staff search", new SearchRequest("ca trù", Map.of(), 0, 10, SortOrder.RELEVANCE, Audience.STAFF)));
    }

    private static BenchQuery relevance(String name, String query) {
        return new BenchQuery(name, SearchRequest.of(query, 10));
    }
}

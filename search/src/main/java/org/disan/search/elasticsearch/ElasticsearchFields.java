package org.disan.search.elasticsearch;

import org.disan.search.document.Facet;
import org.disan.search.query.SearchField;

/**
 * Field names of an archive document (see {@code elasticsearch/archive-mapping.json}). Text fields
 * hold the terms that disan's Java analyzers produced, one form per sub-field
 * ({@code title.exact}, {@code title.folded}, {@code title.stemmed}), joined by spaces and split
 * again by Elasticsearch's built-in whitespace analyzer.
 */
final class ElasticsearchFields {

    static final String ID = "id";
    static final String RECORD = "record";
    static final String YEAR = "year";
    static final String SORT_DATE = "sort_date";
    static final String ACCESS = "access";
    static final String EMBARGO_UNTIL = "embargo_until";
    static final String DATESTAMP = "oai_datestamp";
    static final String WITHDRAWN = "oai_withdrawn";
    static final String SUBMISSION = "submission";
    static final String MODIFIED = "modified";

    private ElasticsearchFields() {}

    /** The folded whole value of a keyword field ({@code type.key}). */
    static String keyword(SearchField field) {
        return field.indexName() + ".key";
    }

    /** The raw values a facet counts and filters on ({@code facet.subject}). */
    static String facet(Facet facet) {
        return "facet." + facet.key();
    }
}

package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter for one field of one page of hits, whose texts are given rather than read
 * from stored fields again, and whose field infos are the searcher's, computed once per reader.
 */
final class PageHighlighter extends UnifiedHighlighter {

    /** What the highlighter puts between the values of a multi-valued field, as stored fields are read. */
    static final char VALUE_SEPARATOR = MULTIVAL_SEP_CHAR;

    private final Map<Integer, String> texts;

    /** @param texts the highlighted field's text per document id, {@code null} where it has none */
    PageHighlighter(Builder builder, FieldInfos fieldInfos, Map<Integer, String> texts) {
        super(builder);
        this.fieldInfos = fieldInfos;
        this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) {
        if (fields.length != 1) {
            throw new IllegalArgumentException("a page highlighter highlights one field, not " + fields.length);
        }
        List<CharSequence[]> values = new ArrayList<>();
        try {
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] {texts.get(doc)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the iterator walks an array of ids
        }
        return values;
    }
}

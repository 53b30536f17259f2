package org.disan.search.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.document.SearchableRecord;
import org.disan.search.query.SearchField;

/** The texts of a page of hits by document id, exactly as they were indexed. */
final class PageTexts {

    private final int[] docIds;
    private final List<SearchableRecord> records;

    PageTexts(int[] docIds, List<ArchiveRecord> records) {
        if (docIds.length != records.size()) {
            throw new IllegalArgumentException(docIds.length + " document ids for " + records.size() + " records");
        }
        this.docIds = docIds;
        this.records = records.stream().map(SearchableRecord::of).toList();
    }

    /** A field's values per document id, joined as the highlighter joins stored values, cut at the length given. */
    Map<Integer, String> of(SearchField field, int maxLength) {
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            List<String> values = records.get(i).text().get(field);
            if (values != null && !values.isEmpty()) {
                String text = String.join(String.valueOf(PageHighlighter.VALUE_SEPARATOR), values);
                texts.put(docIds[i], text.length() > maxLength ? text.substring(0, maxLength) : text);
            }
        }
        return texts;
    }
}

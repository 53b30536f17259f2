package org.disan.search.document;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Transcript;
import org.disan.search.query.SearchField;

/**
 * What any backend indexes of an {@link ArchiveRecord}: the searchable text per field, the facet
 * values, the year and sort key, and the access data. Deciding this once keeps the backends from
 * disagreeing on, say, where a record's place or year comes from.
 */
public record SearchableRecord(
        ArchiveRecord record,
        Map<SearchField, List<String>> text,
        Map<Facet, List<String>> facets,
        OptionalInt year,
        OptionalLong sortKey,
        LocalDate embargoUntil,
        Instant modified) {

    public static SearchableRecord of(ArchiveRecord record) {
        DublinCore dc = record.dublinCore();
        Map<SearchField, List<String>> text = new EnumMap<>(SearchField.class);
        text.put(SearchField.TITLE, listOf(record.displayTitle()));
        text.put(SearchField.DESCRIPTION, listOf(dc.description()));
        text.put(SearchField.TEXT, listOf(record.fullText()));
        text.put(SearchField.TRANSCRIPT, record.transcripts().stream().map(Transcript::text)
                .filter(t -> !t.isBlank()).toList());
        text.put(SearchField.CREATOR, concat(dc.creators(), dc.contributors()));
        text.put(SearchField.SUBJECT, dc.subjects());
        text.put(SearchField.PLACE, dc.coverage());
        text.put(SearchField.TYPE, listOf(dc.type()));
        text.put(SearchField.LANGUAGE, languages(record));
        text.put(SearchField.COLLECTION, listOf(record.collectionName()));
        text.put(SearchField.CATALOGUE, catalogue(text, record));

        OptionalInt year = RecordDates.year(dc.date());
        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.TYPE, nfc(listOf(dc.type())));
        facets.put(Facet.COLLECTION, nfc(listOf(record.collectionName())));
        facets.put(Facet.LANGUAGE, nfc(languages(record)));
        facets.put(Facet.DECADE, year.isPresent() ? List.of(RecordDates.decade(year.getAsInt())) : List.of());
        facets.put(Facet.YEAR, year.isPresent() ? List.of(Integer.toString(year.getAsInt())) : List.of());
        facets.put(Facet.CREATOR, nfc(dc.creators()));
        facets.put(Facet.SUBJECT, nfc(dc.subjects()));
        facets.put(Facet.PLACE, nfc(dc.coverage()));
        facets.put(Facet.ACCESS, List.of(record.access().level().name()));
        return new SearchableRecord(record, text, facets, year, RecordDates.sortKey(dc.date()),
                record.access().embargoUntil(), record.lastModified());
    }

    public String id() {
        return record.id();
    }

    /** Creators, subjects, places, description, and the values of the sheet's extra columns. */
    private static List<String> catalogue(Map<SearchField, List<String>> text, ArchiveRecord record) {
        List<String> all = new ArrayList<>();
        for (SearchField part : List.of(SearchField.CREATOR, SearchField.SUBJECT, SearchField.PLACE,
                SearchField.DESCRIPTION)) {
            all.addAll(text.get(part));
        }
        record.extraFields().forEach(extra -> all.add(extra.value()));
        return List.copyOf(all);
    }

    private static List<String> languages(ArchiveRecord record) {
        List<String> declared = record.dublinCore().languages();
        return declared.isEmpty() ? listOf(record.textLanguage()) : declared;
    }

    /** The language of the record's content: the first catalogued one, else the one detected in its text. */
    public static String language(ArchiveRecord record) {
        List<String> languages = languages(record);
        return languages.isEmpty() ? null : languages.get(0);
    }

    /** The collection a record belongs to: its sheet's, else the bag or folder it was submitted in. */
    public static String collection(ArchiveRecord record) {
        return record.collectionName();
    }

    /** Facet values in NFC, so a value written decomposed counts with its composed twin. */
    public static List<String> nfc(List<String> values) {
        return values.stream().map(v -> Normalizer.normalize(v, Normalizer.Form.NFC)).distinct().toList();
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return List.copyOf(all);
    }
}

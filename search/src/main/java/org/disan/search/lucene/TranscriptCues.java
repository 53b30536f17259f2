package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Cue;
import org.disan.ingest.model.Transcript;
import org.disan.search.CueHit;
import org.disan.search.analysis.TextForm;
import org.disan.search.query.QueryNode;
import org.disan.search.query.SearchField;

/**
 * The cues of a hit's transcripts that a query matches, with their times: each cue is analysed
 * in every text form by the analyzers that indexed it, and a cue matches where one of its tokens
 * is a term (or fits a prefix) that the query looks for in the transcript field. Both backends
 * show hits' cues through this one class, so they mark the same words in the same cues.
 */
public final class TranscriptCues {

    /** A result list shows a few moments per recording; the record page shows every cue. */
    static final int CUES_PER_HIT = 5;

    private final LuceneFields.FormAnalyzer analyzer = new LuceneFields.FormAnalyzer();
    private final LuceneQueryTranslator translator = new LuceneQueryTranslator(analyzer);

    /** For each record in order, its cues that the query matches (empty without transcripts). */
    public List<List<CueHit>> of(QueryNode query, List<ArchiveRecord> records) {
        if (records.stream().allMatch(r -> r.transcripts().isEmpty())) {
            return records.stream().map(r -> List.<CueHit>of()).toList();
        }
        return of(translator.translate(query), records);
    }

    List<List<CueHit>> of(Query query, List<ArchiveRecord> records) {
        Words words = new Words(query);
        return records.stream().map(record -> words.isEmpty() ? List.<CueHit>of() : matching(words, record)).toList();
    }

    private List<CueHit> matching(Words words, ArchiveRecord record) {
        List<CueHit> hits = new ArrayList<>();
        for (Transcript transcript : record.transcripts()) {
            for (Cue cue : transcript.cues()) {
                String marked = marked(words, cue.text());
                if (marked != null) {
                    hits.add(CueHit.of(cue.start(), cue.end(), transcript.language(), marked));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingDouble(CueHit::start));
        return hits.size() > CUES_PER_HIT ? List.copyOf(hits.subList(0, CUES_PER_HIT)) : List.copyOf(hits);
    }

    /** The cue's text with its matched words marked, or {@code null} when nothing matches. */
    private String marked(Words words, String text) {
        BitSet matched = new BitSet(text.length());
        for (TextForm form : TextForm.values()) {
            String field = form.field(SearchField.TRANSCRIPT.indexName());
            try (TokenStream tokens = analyzer.tokenStream(field, text)) {
                TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
                OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    if (words.matches(form, term.getBytesRef())) {
                        matched.set(offsets.startOffset(), Math.min(offsets.endOffset(), text.length()));
                    }
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing a cue in memory failed", e);
            }
        }
        return matched.isEmpty() ? null : MarkedText.of(text, matched);
    }

    /** The terms and prefixes a query looks for in each form of the transcript field. */
    private static final class Words {

        private final Map<TextForm, Set<BytesRef>> terms = new EnumMap<>(TextForm.class);
        private final Map<TextForm, List<ByteRunAutomaton>> patterns = new EnumMap<>(TextForm.class);

        Words(Query query) {
            query.visit(new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    return form(field) != null;
                }

                @Override
                public void consumeTerms(Query leaf, Term... found) {
                    for (Term term : found) {
                        TextForm form = form(term.field());
                        if (form != null) {
                            terms.computeIfAbsent(form, f -> new HashSet<>()).add(BytesRef.deepCopyOf(term.bytes()));
                        }
                    }
                }

                @Override
                public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                    TextForm form = form(field);
                    if (form != null) {
                        patterns.computeIfAbsent(form, f -> new ArrayList<>()).add(automaton.get());
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    // words a query excludes are not what a researcher looks for in a cue
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }

        private static TextForm form(String field) {
            for (TextForm form : TextForm.values()) {
                if (field.equals(form.field(SearchField.TRANSCRIPT.indexName()))) {
                    return form;
                }
            }
            return null;
        }

        boolean isEmpty() {
            return terms.isEmpty() && patterns.isEmpty();
        }

        boolean matches(TextForm form, BytesRef token) {
            if (terms.getOrDefault(form, Set.of()).contains(token)) {
                return true;
            }
            for (ByteRunAutomaton pattern : patterns.getOrDefault(form, List.of())) {
                if (pattern.run(token.bytes, token.offset, token.length)) {
                    return true;
                }
            }
            return false;
        }
    }
}

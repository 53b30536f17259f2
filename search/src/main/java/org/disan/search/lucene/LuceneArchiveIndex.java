package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.FacetCount;
import org.disan.search.IndexUnavailableException;
import org.disan.search.RecordsRefusedException;
import org.disan.search.RefusedRecord;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.disan.search.SearchResult;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;
import org.disan.search.query.QueryParser;

/**
 * The embedded Lucene backend: an index in a folder, nothing to install. Writes are upserts by
 * record id and are committed and visible to searches when {@link #index} returns. Safe for
 * concurrent searches and writes from many threads. Several processes may search one folder and
 * see each other's commits within a second; one process at a time may write to it.
 */
public final class LuceneArchiveIndex implements ArchiveIndex {

    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

    private final TranscriptCues transcriptCues = new TranscriptCues();
    private final Path location;
    private final Directory directory;
    private final LazyWriter writer;
    private final ParallelSearcherFactory searcherFactory = ParallelSearcherFactory.perCore();
    private final SearcherManager searchers;
    private final LuceneFields.FormAnalyzer analyzer = new LuceneFields.FormAnalyzer();
    private final FacetsConfig facetsConfig = RecordDocument.facetsConfig();
    private final FacetCounter facetCounter = new FacetCounter(facetsConfig);
    private final ReaderFieldInfos fieldInfos = new ReaderFieldInfos();
    private final LuceneQueryTranslator translator = new LuceneQueryTranslator(analyzer);
    private final RelatedRecords related = new RelatedRecords(analyzer);
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong lastRefresh = new AtomicLong();
    /** This process wrote since its searchers last looked: the next read refreshes them first. */
    private final AtomicBoolean written = new AtomicBoolean();

    private LuceneArchiveIndex(Path location, Clock clock) throws IOException {
        this.location = location;
        this.clock = clock;
        Files.createDirectories(location);
        this.directory = FSDirectory.open(location);
        this.writer = new LazyWriter(location, directory, analyzer);
        try {
            writer.createIfMissing();
            this.searchers = new SearcherManager(directory, searcherFactory);
        } catch (IOException | RuntimeException e) {
            try (directory; writer; searcherFactory) {
                throw e;
            }
        }
    }

    /** Opens the index in the folder, creating the folder and an empty index when missing. */
    public static LuceneArchiveIndex open(Path indexFolder) {
        return open(indexFolder, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, deciding whether embargoes have ended by the given clock. */
    public static LuceneArchiveIndex open(Path indexFolder, Clock clock) {
        try {
            return new LuceneArchiveIndex(indexFolder, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the index in " + indexFolder, e);
        }
    }

    /** Opens the index that lives in {@code <dataFolder>/index}. */
    public static LuceneArchiveIndex inDataFolder(Path dataFolder) {
        return open(dataFolder.resolve("index"));
    }

    /** The folder holding the index. */
    public Path location() {
        return location;
    }

    /**
     * Indexes every record Lucene takes and commits them; a record it refuses (an immense term, a
     * facet value too long) is left out and named in the {@link RecordsRefusedException} that
     * follows the commit.
     */
    @Override
    public void index(Collection<ArchiveRecord> records) {
        ensureOpen();
        List<RefusedRecord> refused = new ArrayList<>();
        unavailableOn("Indexing " + records.size() + " records", () -> writer.write(w -> {
            for (ArchiveRecord record : records) {
                try {
                    Document doc = RecordDocument.build(record, facetsConfig);
                    w.updateDocument(new Term(LuceneFields.ID, doc.get(LuceneFields.ID)), doc);
                } catch (IllegalArgumentException e) {
                    // Lucene drops just this document and the writer goes on.
                    refused.add(new RefusedRecord(record.id(), e.getMessage()));
                }
            }
        }));
        written.set(true);
        if (!refused.isEmpty()) {
            throw new RecordsRefusedException(records.size(), refused);
        }
    }

    @Override
    public void delete(String id) {
        ensureOpen();
        unavailableOn("Deleting record " + id, () -> writer.write(w -> w.deleteDocuments(new Term(LuceneFields.ID, id))));
        written.set(true);
    }

    /**
     * Runs a write, turning what waiting may cure into {@link IndexUnavailableException}: a failed
     * disk write, a writer closed under it (after a disk failure, or by {@link #close}).
     */
    private void unavailableOn(String what, IndexWork work) {
        try {
            work.run();
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexUnavailableException(what + " in " + location + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ArchiveRecord> get(String id) {
        ensureOpen();
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(LuceneFields.ID, id)), 1);
            return found.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(HitReader.record(searcher.storedFields(), found.scoreDocs[0].doc));
        });
    }

    @Override
    public SearchResult search(SearchRequest request) {
        ensureOpen();
        Query query = translator.translate(QueryParser.parse(request.query()));
        Query filtered = SearchFilters.apply(query, request, LocalDate.now(clock));
        return withSearcher(searcher -> {
            int wanted = (int) Math.min((long) request.offset() + request.limit(),
                    Math.max(1, searcher.getIndexReader().maxDoc()));
            FacetsCollectorManager.FacetsResult result = SearchSort.isRelevance(request)
                    ? FacetsCollectorManager.search(searcher, filtered, Math.max(1, wanted),
                            new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, filtered, Math.max(1, wanted),
                            SearchSort.of(request), true, new FacetsCollectorManager());
            long total = result.facetsCollector().getMatchingDocs().stream()
                    .mapToLong(m -> m.totalHits).sum();
            ScoreDoc[] all = result.topDocs().scoreDocs;
            ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length),
                    Math.min(wanted, all.length));
            Snippets snippets = new Snippets(searcher, analyzer, fieldInfos.of(searcher.getIndexReader()));
            List<SearchHit> hits = HitReader.hits(searcher, snippets, transcriptCues, query, page);
            Map<String, List<FacetCount>> facets =
                    facetCounter.count(searcher.getIndexReader(), result.facetsCollector());
            return new SearchResult(total, hits, facets);
        });
    }

    @Override
    public HarvestPage harvest(HarvestQuery query) {
        ensureOpen();
        return withSearcher(searcher -> LuceneHarvest.page(searcher, query, LocalDate.now(clock)));
    }

    @Override
    public List<String> harvestSetValues(HarvestSet set) {
        ensureOpen();
        return withSearcher(searcher -> LuceneHarvest.setValues(searcher, set, LocalDate.now(clock)));
    }

    @Override
    public List<SearchHit> related(String id, int limit, SearchRequest.Audience audience) {
        ensureOpen();
        return withSearcher(searcher -> related.find(searcher, id, limit, audience, LocalDate.now(clock)));
    }

    @Override
    public long count() {
        ensureOpen();
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (directory; writer; searcherFactory; searchers) {
            // closing in reverse order of opening: searchers and their threads, the writer, the folder
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the index in " + location + " failed", e);
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            refreshIfStale();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexUnavailableException("Reading the index in " + location + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Makes this process's own writes visible to the read that follows them (refreshing on read,
     * not on every write: an ingest writes a chunk at a time, and nobody may read until it ends),
     * and picks up commits made by other processes, checking at most once a second.
     */
    private void refreshIfStale() throws IOException {
        if (written.getAndSet(false)) {
            searchers.maybeRefreshBlocking();
            return;
        }
        long now = System.nanoTime();
        long last = lastRefresh.get();
        if (now - last > REFRESH_INTERVAL_NANOS && lastRefresh.compareAndSet(last, now)) {
            searchers.maybeRefresh();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The index in " + location + " is closed");
        }
    }

    @FunctionalInterface
    private interface IndexWork {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}

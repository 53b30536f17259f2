package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpUtils;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.ArchiveIndex;
import org.disan.search.InvalidQueryException;
import org.disan.search.SearchHit;
import org.disan.search.SearchRequest;
import org.disan.search.SearchResult;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;
import org.disan.search.query.QueryNode;
import org.disan.search.query.QueryParser;

/**
 * The Elasticsearch backend of {@link ArchiveIndex}, through the official Java client. Reads and
 * writes go through an alias ({@link ElasticsearchSettings#indexName()}), created with its first
 * index when missing. Writes are bulk upserts by record id, checked item by item, retried on
 * overload and lost connections, and refreshed so that they are searchable on return. A server that
 * stays away is an {@link org.disan.search.IndexUnavailableException}, items it refuses (4xx) a
 * {@link org.disan.search.RecordsRefusedException} ({@link BulkIndexer}).
 */
public final class ElasticsearchArchiveIndex implements ArchiveIndex {

    /** Elasticsearch's default {@code index.max_result_window}: hits beyond it cannot be paged to. */
    static final int MAX_RESULT_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private final Retrying retrying;
    private final BulkIndexer bulk;
    private final IndexAliases aliases;
    private final ElasticsearchQueryTranslator translator = new ElasticsearchQueryTranslator();
    private final EsHitReader hits = new EsHitReader();
    private final EsHarvest harvests;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ElasticsearchArchiveIndex(ElasticsearchSettings settings, RetryPolicy policy, int batchSize, Clock clock) {
        this.client = ElasticsearchClientFactory.create(settings);
        this.alias = settings.indexName();
        this.clock = clock;
        this.retrying = new Retrying(policy, settings.url().toString());
        this.bulk = new BulkIndexer(client, retrying, policy, batchSize);
        this.aliases = new IndexAliases(client, retrying, clock);
        this.harvests = new EsHarvest(client, retrying, alias);
    }

    /** Connects to the server in the settings and makes sure the archive's alias and index exist. */
    public static ElasticsearchArchiveIndex open(ElasticsearchSettings settings) {
        return open(settings, RetryPolicy.DEFAULT, BulkIndexer.DEFAULT_BATCH_SIZE, Clock.systemDefaultZone());
    }

    /** As {@link #open(ElasticsearchSettings)}, deciding whether embargoes have ended by the given clock. */
    public static ElasticsearchArchiveIndex open(ElasticsearchSettings settings, Clock clock) {
        return open(settings, RetryPolicy.DEFAULT, BulkIndexer.DEFAULT_BATCH_SIZE, clock);
    }

    /**
     * As {@link #open(ElasticsearchSettings)}, with the retry policy, the number of records per
     * {@code _bulk} request, and the clock that decides whether embargoes have ended.
     */
    public static ElasticsearchArchiveIndex open(
            ElasticsearchSettings settings, RetryPolicy policy, int batchSize, Clock clock) {
        ElasticsearchArchiveIndex index = new ElasticsearchArchiveIndex(settings, policy, batchSize, clock);
        try {
            index.aliases.ensureAlias(index.alias);
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The alias this index reads and writes through. */
    public String alias() {
        return alias;
    }

    /** The physical indexes behind the alias: create one, fill it, switch the alias to it. */
    public IndexAliases aliases() {
        return aliases;
    }

    @Override
    public void index(Collection<ArchiveRecord> records) {
        indexInto(alias, records);
    }

    /**
     * Indexes records into the given index or alias; a reindex fills a new physical index this way
     * before {@link IndexAliases#switchAlias} makes it the one searches see.
     */
    public void indexInto(String indexOrAlias, Collection<ArchiveRecord> records) {
        ensureOpen();
        Map<String, Object> documents = new LinkedHashMap<>();
        for (ArchiveRecord record : records) {
            documents.put(record.id(), EsRecordDocument.of(record));
        }
        if (!documents.isEmpty()) {
            bulk.index(indexOrAlias, documents);
        }
    }

    @Override
    public void delete(String id) {
        ensureOpen();
        retrying.call("delete record " + id, () -> client.delete(d -> d.index(alias).id(id).refresh(Refresh.True)));
    }

    @Override
    public Optional<ArchiveRecord> get(String id) {
        ensureOpen();
        GetResponse<EsSource> found = retrying.call("get record " + id, () -> client.get(g -> g
                .index(alias).id(id).sourceIncludes(ElasticsearchFields.RECORD), EsSource.class));
        return found.found() ? Optional.of(EsSource.recordOf(found.source())) : Optional.empty();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        ensureOpen();
        if ((long) request.offset() + request.limit() > MAX_RESULT_WINDOW) {
            throw new InvalidQueryException("Only the first " + MAX_RESULT_WINDOW
                    + " results can be paged through; narrow the search to see later ones.", null);
        }
        QueryNode parsed = QueryParser.parse(request.query());
        SearchResponse<EsSource> response = send(request.query(), searchFor(request, parsed));
        List<SearchHit> page = hits.page(response.hits().hits(), parsed);
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        return new SearchResult(total, page, EsFacetCounter.read(response.aggregations()));
    }

    @Override
    public List<SearchHit> related(String id, int limit, SearchRequest.Audience audience) {
        ensureOpen();
        LocalDate today = LocalDate.now(clock);
        Optional<ArchiveRecord> record = get(id);
        if (limit <= 0 || record.isEmpty()
                || audience == SearchRequest.Audience.PUBLIC && !record.get().access().isPublicOn(today)) {
            return List.of();
        }
        var filters = EsSearchFilters.of(new SearchRequest("", Map.of(), 0, limit, SearchRequest.SortOrder.RELEVANCE,
                audience), today);
        var like = EsRelated.like(record.get(), id);
        SearchResponse<EsSource> response = retrying.call("related records of " + id, () -> client.search(s -> s
                .index(alias)
                .query(q -> q.bool(b -> b.must(like).filter(filters)))
                .size(limit)
                .source(src -> src.filter(f -> f.includes(ElasticsearchFields.RECORD))), EsSource.class));
        return response.hits().hits().stream()
                .map(hit -> SearchHit.of(EsSource.recordOf(hit.source()), "",
                        hit.score() == null ? 0f : hit.score().floatValue()))
                .toList();
    }

    /**
     * The body of the {@code _search} request this index sends to {@code POST /<alias>/_search}
     * for the given search, as JSON: a baseline for measuring what the backend adds to a raw query.
     */
    public String searchBody(SearchRequest request) {
        ensureOpen();
        return JsonpUtils.toJsonString(searchFor(request, QueryParser.parse(request.query())), client._jsonpMapper());
    }

    private co.elastic.clients.elasticsearch.core.SearchRequest searchFor(SearchRequest request, QueryNode parsed) {
        var query = translator.translate(parsed);
        var filters = EsSearchFilters.of(request, LocalDate.now(clock));
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s
                .index(alias)
                .query(q -> q.bool(b -> b.must(query).filter(filters)))
                .from(request.offset())
                .size(request.limit())
                .trackTotalHits(t -> t.enabled(true))
                .trackScores(true)
                .sort(EsSearchSort.of(request))
                .aggregations(EsFacetCounter.aggregations())
                .source(src -> src.filter(f -> f.includes(ElasticsearchFields.RECORD))));
    }

    @Override
    public HarvestPage harvest(HarvestQuery query) {
        ensureOpen();
        return harvests.page(query, LocalDate.now(clock));
    }

    @Override
    public List<String> harvestSetValues(HarvestSet set) {
        ensureOpen();
        return harvests.setValues(set, LocalDate.now(clock));
    }

    @Override
    public long count() {
        return countIn(alias);
    }

    /** The records in one physical index or alias: a reindex checks its new index before switching. */
    public long countIn(String indexOrAlias) {
        ensureOpen();
        return retrying.call("count records in " + indexOrAlias,
                () -> client.count(c -> c.index(indexOrAlias)).count());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new ElasticsearchIndexException("closing the connection to Elasticsearch failed", e);
        }
    }

    /** Runs a search; Elasticsearch refusing it as a bad request is the user's query's fault. */
    private SearchResponse<EsSource> send(String typed, co.elastic.clients.elasticsearch.core.SearchRequest search) {
        try {
            return retrying.call("search", () -> client.search(search, EsSource.class));
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                throw new InvalidQueryException("The search \"" + typed + "\" cannot be run: "
                        + e.error().reason(), e);
            }
            throw e;
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the Elasticsearch index " + alias + " is closed");
        }
    }
}

package org.disan.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.harvest.HarvestPage;
import org.disan.search.harvest.HarvestQuery;
import org.disan.search.harvest.HarvestSet;

/**
 * The one door to an archive's search index. Every backend (embedded Lucene, Elasticsearch)
 * implements exactly this contract and passes the same contract tests.
 *
 * <p>The index is derived data: everything in it can be rebuilt from the archive store.
 * Writes are upserts keyed by record id, so indexing the same record twice leaves one copy.
 *
 * <p>How it fails is part of the contract, so that callers need not know the backend's library:
 * <ul>
 *   <li>{@link IndexUnavailableException}: the index cannot take writes, or answer, for now, and
 *       waiting may cure it (Elasticsearch unreachable, 429 or 5xx after the client's own retries;
 *       a Lucene index another process writes, whose writer was closed, or whose disk failed);
 *   <li>{@link RecordsRefusedException}: {@link #index} was refused some records for what they are
 *       (Elasticsearch answered 4xx for them; Lucene threw {@code IllegalArgumentException}, say for
 *       an immense term). It names each refused record with the reason; the call's other records
 *       were indexed all the same;
 *   <li>anything else is a bug, or a setup no retry can mend, and propagates as it is.
 * </ul>
 */
public interface ArchiveIndex extends AutoCloseable {

    /**
     * Adds or replaces the given records and makes them searchable before returning.
     *
     * @throws RecordsRefusedException when some records were refused; the others are indexed
     * @throws IndexUnavailableException when the index cannot take writes for now
     */
    void index(Collection<ArchiveRecord> records);

    /**
     * Removes a record; removing an unknown id is not an error.
     *
     * @throws IndexUnavailableException when the index cannot take writes for now
     */
    void delete(String id);

    /**
     * The record with this id as it was indexed, regardless of its access level.
     *
     * @throws IndexUnavailableException when the index cannot answer for now
     */
    Optional<ArchiveRecord> get(String id);

    /**
     * Runs a search; a malformed query raises {@link InvalidQueryException}, an index that cannot
     * answer for now {@link IndexUnavailableException}.
     */
    SearchResult search(SearchRequest request);

    /**
     * Up to {@code limit} completions of what a user is typing ("phố c" → "Phố cổ Hà Nội"):
     * titles, subjects, places and creators of records the audience may see, most common first.
     */
    default List<String> suggest(String typed, int limit, SearchRequest.Audience audience) {
        return Suggestions.suggest(this, typed, limit, audience);
    }

    /**
     * One page of a harvest (OAI-PMH): the records a public harvester may see and the withdrawn ones
     * it must hear of as deleted (see {@code RecordDatestamp}), by datestamp range and set, in
     * (datestamp, id) order after the query's cursor.
     */
    HarvestPage harvest(HarvestQuery query);

    /** The collection or submission names carried by at least one record the public may see. */
    List<String> harvestSetValues(HarvestSet set);

    /**
     * Up to {@code limit} other records most like the given one (Lucene's MoreLikeThis,
     * Elasticsearch's {@code more_like_this}, over the terms {@link RelatedTerms} picks), the most
     * alike first. Never the record itself, only records the audience may see, and nothing at all
     * when the record is unknown or the audience may not see it.
     */
    List<SearchHit> related(String id, int limit, SearchRequest.Audience audience);

    /** How many records the index holds, of every access level. */
    long count();

    @Override
    void close();
}

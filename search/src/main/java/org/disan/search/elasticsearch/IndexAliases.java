package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.elasticsearch.client.Response;

/**
 * The physical indexes behind an archive's alias. Searches and writes go through the alias; a
 * reindex creates a new index, fills it, then moves the alias in one atomic step, so searches
 * never see a half-built index.
 */
public final class IndexAliases {

    private static final DateTimeFormatter SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final RawJsonRequests raw;
    private final Retrying retrying;
    private final Clock clock;

    IndexAliases(ElasticsearchClient client, Retrying retrying, Clock clock) {
        this.client = client;
        this.raw = new RawJsonRequests(client);
        this.retrying = retrying;
        this.clock = clock;
    }

    /** A fresh physical index name for the alias, e.g. {@code disan-20261125-153000-123}. */
    public String newIndexName(String alias) {
        return alias + "-" + SUFFIX.format(clock.instant());
    }

    /** Creates an empty index with the archive mapping; the alias is not touched. */
    public void createIndex(String name) {
        retrying.call("create index " + name, () -> raw.put("/" + name, ArchiveMapping.json()));
    }

    /**
     * Makes sure the alias points at an index, creating the first one when there is none; an
     * index made by an earlier version gets the fields the mapping gained since (Elasticsearch
     * takes new fields into an existing mapping; changing old ones needs a reindex).
     */
    public void ensureAlias(String alias) {
        if (!indicesBehind(alias).isEmpty()) {
            retrying.call("add new fields to the mapping of " + alias,
                    () -> raw.put("/" + alias + "/_mapping", ArchiveMapping.propertiesJson()));
            return;
        }
        if (exists(alias)) {
            throw new ElasticsearchIndexException("'" + alias + "' is an index, not an alias: disan"
                    + " reaches its index through an alias so that a reindex can replace it; reindex into"
                    + " a new index or choose another index name");
        }
        createFirstIndex(alias);
    }

    /**
     * Creates the first index behind a new alias with the alias in the same request, and returns
     * without waiting for the index's shard to start: the first write waits for it instead
     * (Elasticsearch holds a write until the primary shard is active), so an ingest's start does not.
     * Another process that created the alias at the same moment wins, and its index is used.
     */
    private void createFirstIndex(String alias) {
        String first = newIndexName(alias);
        Retrying.Request<Response> create = () -> raw.put("/" + first, ArchiveMapping.jsonWithWriteAlias(alias),
                Map.of("wait_for_active_shards", "0"));
        try {
            create.send();
        } catch (IOException | RuntimeException e) {
            // Elasticsearch answers a second write index for the alias with a 500, which is not
            // worth retrying; anything else is, as for every other call.
            if (indicesBehind(alias).isEmpty()) {
                retrying.call("create index " + first + " behind alias " + alias, create);
            }
        }
    }

    /**
     * Points the alias at {@code newIndex} only, in one atomic request, and returns the indexes it
     * pointed at before (the caller deletes them once it no longer needs them).
     */
    public List<String> switchAlias(String alias, String newIndex) {
        List<String> previous = new ArrayList<>(indicesBehind(alias));
        previous.remove(newIndex);
        retrying.call("point alias " + alias + " at " + newIndex, () -> client.indices().updateAliases(u -> {
            for (String old : previous) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(newIndex).alias(alias).isWriteIndex(true)));
        }));
        return List.copyOf(previous);
    }

    /** The indexes the alias points at; empty when there is no such alias. */
    public Set<String> indicesBehind(String alias) {
        boolean present = retrying.call("look up alias " + alias,
                () -> client.indices().existsAlias(e -> e.name(alias)).value());
        if (!present) {
            return Set.of();
        }
        GetAliasResponse response = retrying.call("look up alias " + alias,
                () -> client.indices().getAlias(g -> g.name(alias)));
        return new TreeSet<>(response.result().keySet());
    }

    /** Deletes every index the alias points at, and with the last of them the alias. */
    public void deleteIndicesBehind(String alias) {
        indicesBehind(alias).forEach(this::deleteIndex);
    }

    /** Deletes one index by its exact name; an index that is already gone is not an error. */
    public void deleteIndex(String name) {
        retrying.call("delete index " + name, () -> client.indices().delete(d -> d.index(name).ignoreUnavailable(true)));
    }

    boolean exists(String name) {
        return retrying.call("check index " + name, () -> client.indices().exists(e -> e.index(name)).value());
    }
}

package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes documents through {@code _bulk} in batches and checks every item's answer. Items refused
 * for overload (429) or a server error (5xx) are sent again after a backoff; any other refusal is
 * collected and reported in one {@link BulkIndexingException} once all batches are done, so a bad
 * record never hides the fate of the others and never disappears silently.
 */
final class BulkIndexer {

    static final int DEFAULT_BATCH_SIZE = 500;

    private final ElasticsearchClient client;
    private final Retrying retrying;
    private final RetryPolicy policy;
    private final int batchSize;

    BulkIndexer(ElasticsearchClient client, Retrying retrying, RetryPolicy policy, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.client = client;
        this.retrying = retrying;
        this.policy = policy;
        this.batchSize = batchSize;
    }

    /** Indexes (upserts) the documents by id into the index or alias, then refreshes it. */
    void index(String index, Map<String, Object> documentsById) {
        List<BulkFailure> failures = new ArrayList<>();
        List<String> ids = new ArrayList<>(documentsById.keySet());
        try {
            for (int from = 0; from < ids.size(); from += batchSize) {
                Map<String, Object> batch = new LinkedHashMap<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + batchSize))) {
                    batch.put(id, documentsById.get(id));
                }
                failures.addAll(sendUntilSettled(index, batch));
            }
        } finally {
            // What was accepted must be searchable even when the call ends in an error.
            retrying.call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
        }
        if (!failures.isEmpty()) {
            throw new BulkIndexingException(ids.size(), failures);
        }
    }

    private List<BulkFailure> sendUntilSettled(String index, Map<String, Object> batch) {
        List<BulkFailure> refused = new ArrayList<>();
        Map<String, Object> pending = batch;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                sleep(policy.backoffAfter(attempt - 1).toMillis());
            }
            Map<String, Object> retry = new LinkedHashMap<>();
            for (BulkResponseItem item : send(index, pending).items()) {
                if (item.error() == null) {
                    continue;
                }
                if (Retrying.isTransient(item.status()) && attempt < policy.maxAttempts()) {
                    retry.put(item.id(), pending.get(item.id()));
                } else {
                    refused.add(new BulkFailure(item.id(), item.status(), reason(item)));
                }
            }
            pending = retry;
        }
        return refused;
    }

    private BulkResponse send(String index, Map<String, Object> batch) {
        List<BulkOperation> operations = new ArrayList<>(batch.size());
        batch.forEach((id, document) ->
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(id).document(document)))));
        BulkResponse response = retrying.call("index " + batch.size() + " records into " + index,
                () -> client.bulk(b -> b.operations(operations)));
        if (response.items().size() != batch.size()) {
            throw new ElasticsearchIndexException("Elasticsearch answered " + response.items().size()
                    + " bulk items for " + batch.size() + " records sent to " + index);
        }
        return response;
    }

    private static String reason(BulkResponseItem item) {
        var error = item.error();
        String reason = error.type() + ": " + error.reason();
        if (error.causedBy() != null) {
            reason += " (caused by " + error.causedBy().type() + ": " + error.causedBy().reason() + ")";
        }
        return reason;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElasticsearchIndexException("interrupted while waiting to resend refused bulk items", e);
        }
    }
}

package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disan.search.IndexUnavailableException;
import org.disan.search.RecordsRefusedException;
import org.disan.search.RefusedRecord;

/**
 * Writes documents through {@code _bulk} in batches and checks every item's answer. Items refused
 * for overload (429) or a server error (5xx) are sent again after a backoff, and if they still are
 * after the last attempt the index is unavailable ({@link IndexUnavailableException}). Any other
 * refusal (4xx) is about the record: it is collected and reported in one
 * {@link RecordsRefusedException} once all batches are done, so a bad record never hides the fate
 * of the others and never disappears silently.
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
        Outcome outcome = new Outcome();
        List<String> ids = new ArrayList<>(documentsById.keySet());
        try {
            for (int from = 0; from < ids.size(); from += batchSize) {
                Map<String, Object> batch = new LinkedHashMap<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + batchSize))) {
                    batch.put(id, documentsById.get(id));
                }
                sendUntilSettled(index, batch, outcome);
            }
        } finally {
            // What was accepted must be searchable even when the call ends in an error.
            retrying.call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
        }
        if (!outcome.unavailable.isEmpty()) {
            throw new IndexUnavailableException(outcome.unavailable.size() + " of " + ids.size()
                    + " records could not be indexed into " + index + " for now, after " + policy.maxAttempts()
                    + " attempts: " + outcome.unavailable.get(0)
                    + (outcome.refused.isEmpty() ? "" : "; " + outcome.refused.size() + " refused besides"));
        }
        if (!outcome.refused.isEmpty()) {
            throw new RecordsRefusedException(ids.size(), outcome.refused);
        }
    }

    /** The items that stayed overloaded or failing after the last attempt, and the ones refused. */
    private static final class Outcome {
        final List<RefusedRecord> unavailable = new ArrayList<>();
        final List<RefusedRecord> refused = new ArrayList<>();
    }

    private void sendUntilSettled(String index, Map<String, Object> batch, Outcome outcome) {
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
                if (!Retrying.isTransient(item.status())) {
                    outcome.refused.add(new RefusedRecord(item.id(), reason(item)));
                } else if (attempt < policy.maxAttempts()) {
                    retry.put(item.id(), pending.get(item.id()));
                } else {
                    outcome.unavailable.add(new RefusedRecord(item.id(), reason(item)));
                }
            }
            pending = retry;
        }
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
        String reason = item.status() + " " + error.type() + ": " + error.reason();
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

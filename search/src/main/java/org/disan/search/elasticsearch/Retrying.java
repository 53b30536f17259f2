package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.disan.search.IndexUnavailableException;
import org.elasticsearch.client.ResponseException;

/**
 * Runs requests to Elasticsearch, retrying the ones that may succeed later: overload (429), server
 * errors (5xx) and lost or refused connections; when they still fail after the last attempt the
 * index is unavailable ({@link IndexUnavailableException}). Anything else (a bad request, a
 * missing index, a denied login) fails at once, since repeating it cannot help.
 */
final class Retrying {

    /** A request that may throw what the Elasticsearch client throws. */
    @FunctionalInterface
    interface Request<T> {
        T send() throws IOException;
    }

    private final RetryPolicy policy;
    private final String server;

    Retrying(RetryPolicy policy, String server) {
        this.policy = policy;
        this.server = server;
    }

    <T> T call(String what, Request<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.send();
            } catch (ElasticsearchException | IOException | UncheckedIOException e) {
                if (!isTransient(e)) {
                    throw e instanceof ElasticsearchException es ? es
                            : new ElasticsearchIndexException(failed(what, attempt, e), e);
                }
                if (attempt >= policy.maxAttempts()) {
                    throw new IndexUnavailableException(failed(what, attempt, e), e);
                }
                pause(what, attempt, e);
            }
        }
    }

    /** Whether an HTTP status means "try again later". */
    static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    static boolean isTransient(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return isTransient(es.status());
        }
        if (e instanceof TransportException te) {
            return te.statusCode() <= 0 || isTransient(te.statusCode());
        }
        if (e instanceof ResponseException re) {
            return isTransient(re.getResponse().getStatusLine().getStatusCode());
        }
        return true; // connection refused, reset or timed out
    }

    private String failed(String what, int attempts, Exception cause) {
        return "Elasticsearch at " + server + " failed to " + what
                + " after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + describe(cause);
    }

    private void pause(String what, int attempt, Exception cause) {
        try {
            Thread.sleep(policy.backoffAfter(attempt).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IndexUnavailableException(failed(what + " (interrupted while waiting to retry)", attempt, cause),
                    cause);
        }
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}

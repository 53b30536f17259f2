package org.disan.search.elasticsearch;

/**
 * Elasticsearch could not do what the index was asked, and waiting will not help: a request it
 * refuses as a whole, an alias that is a plain index, an answer that makes no sense. An unavailable
 * server is an {@link org.disan.search.IndexUnavailableException} instead.
 */
public class ElasticsearchIndexException extends RuntimeException {

    public ElasticsearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public ElasticsearchIndexException(String message) {
        super(message);
    }
}

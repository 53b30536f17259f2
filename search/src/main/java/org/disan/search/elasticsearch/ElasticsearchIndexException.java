package org.disan.search.elasticsearch;

/** Elasticsearch could not do what the index was asked: unreachable, refusing, or failing. */
public class ElasticsearchIndexException extends RuntimeException {

    public ElasticsearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public ElasticsearchIndexException(String message) {
        super(message);
    }
}

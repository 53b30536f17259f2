package org.disan.batch.bench.search;

import org.disan.batch.bench.search.QueryMix.BenchQuery;

/** One way of running the benchmark's searches. */
interface TimedSearch {

    /** How the report names this way. */
    String name();

    /** Runs the search as the timing sees it; returns a number from the answer so no work is skipped. */
    long run(BenchQuery query) throws Exception;

    /** The search's total hit count, outside any timing: a check that all ways answer alike. */
    long totalHits(BenchQuery query) throws Exception;
}

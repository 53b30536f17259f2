package org.disan.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that split the index's segments into one slice per core and search the slices at
 * once, so a single search of a large archive uses every core instead of one. Lucene's default
 * slicing keeps up to 250,000 documents in a slice, which would leave an archive of 100,000
 * records on one core.
 */
final class ParallelSearcherFactory extends SearcherFactory implements AutoCloseable {

    private final int sliceCount;
    private final ExecutorService executor;

    ParallelSearcherFactory(int sliceCount) {
        this.sliceCount = sliceCount;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(sliceCount, task -> {
            Thread thread = new Thread(task, "disan-search-slice-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One slice per available core. */
    static ParallelSearcherFactory perCore() {
        return new ParallelSearcherFactory(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, sliceCount > 1 ? executor : null) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, sliceCount);
            }
        };
    }

    /** Largest segments first, each to the slice holding the fewest documents so far. */
    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int sliceCount) {
        int slices = Math.max(1, Math.min(sliceCount, leaves.size()));
        List<List<LeafReaderContext>> groups = new ArrayList<>();
        long[] docs = new long[slices];
        for (int i = 0; i < slices; i++) {
            groups.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int lightest = 0;
            for (int i = 1; i < slices; i++) {
                if (docs[i] < docs[lightest]) {
                    lightest = i;
                }
            }
            groups.get(lightest).add(leaf);
            docs[lightest] += leaf.reader().maxDoc();
        }
        return groups.stream()
                .filter(group -> !group.isEmpty())
                .map(IndexSearcher.LeafSlice::new)
                .toArray(IndexSearcher.LeafSlice[]::new);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

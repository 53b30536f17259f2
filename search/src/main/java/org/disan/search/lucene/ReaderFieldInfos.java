package org.disan.search.lucene;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/** The merged field infos of the current index reader, computed once per reader rather than per search. */
final class ReaderFieldInfos {

    private record Cached(IndexReader reader, FieldInfos infos) {}

    private final AtomicReference<Cached> cached = new AtomicReference<>();

    FieldInfos of(IndexReader reader) {
        Cached current = cached.get();
        if (current != null && current.reader() == reader) {
            return current.infos();
        }
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        cached.set(new Cached(reader, infos));
        return infos;
    }
}

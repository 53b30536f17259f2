package org.disan.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ParallelSearcherFactoryTest {

    @Test
    void segmentsAreSpreadSoEachSliceHoldsAboutAsManyDocuments() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            // segments of 50, 30, 20, 10 and 10 documents
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int size : new int[] {50, 30, 20, 10, 10}) {
                    for (int i = 0; i < size; i++) {
                        Document doc = new Document();
                        doc.add(new StringField("id", size + "-" + i, Field.Store.NO));
                        writer.addDocument(doc);
                    }
                    writer.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory);
                    ParallelSearcherFactory factory = new ParallelSearcherFactory(2)) {
                IndexSearcher searcher = factory.newSearcher(reader, null);

                List<Integer> docsPerSlice = Arrays.stream(searcher.getSlices())
                        .map(slice -> Arrays.stream(slice.leaves).mapToInt(leaf -> leaf.reader().maxDoc()).sum())
                        .toList();

                assertThat(docsPerSlice).containsExactlyInAnyOrder(60, 60);
                assertThat(searcher.count(new MatchAllDocsQuery())).isEqualTo(120);
            }
        }
    }

    @Test
    void neverMoreSlicesThanSegments() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.addDocument(new Document());
            }
            try (DirectoryReader reader = DirectoryReader.open(directory);
                    ParallelSearcherFactory factory = new ParallelSearcherFactory(4)) {
                assertThat(factory.newSearcher(reader, null).getSlices()).hasSize(1);
            }
        }
    }
}

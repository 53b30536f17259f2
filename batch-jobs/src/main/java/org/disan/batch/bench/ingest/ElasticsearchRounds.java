package org.disan.batch.bench.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.ingest.IngestFileRangeStepConfiguration;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.springframework.util.FileSystemUtils;

/**
 * The pipeline into Elasticsearch and the bulk-indexing part of its floor, timed as the embedded
 * index's are. The server is a JVM as well, which compiles its analysis and indexing code over its
 * first thousands of documents: an untimed ingest into a throwaway index warms it (and this JVM's
 * client code) first, or the first timed run pays for that and the floor, timed after it, does
 * not. Then each round times the N-thread pipeline into a fresh index and the bulk indexing of the
 * records into another, one after the other; the fastest of each counts. Every index and data
 * folder made here is deleted at the end.
 */
final class ElasticsearchRounds {

    /** The floor indexes in the ingest's own bulk size. */
    private static final int CHUNK_SIZE = IngestFileRangeStepConfiguration.CHUNK_SIZE;

    private final PrintWriter print;
    private final String url;
    private final BiFunction<Path, IndexSelection, PipelineRun> runInto;
    private final Path work;
    private final String name;
    private final List<String> indexes = new ArrayList<>();
    private final List<Path> dataFolders = new ArrayList<>();

    /**
     * @param url the server's address
     * @param runInto a pipeline run into a fresh data folder and the given index
     * @param work the folder for the runs' data folders
     * @param name what the names of indexes and folders end with, so that benchmark runs keep apart
     */
    ElasticsearchRounds(PrintWriter print, String url, BiFunction<Path, IndexSelection, PipelineRun> runInto,
            Path work, String name) {
        this.print = print;
        this.url = url;
        this.runInto = runInto;
        this.work = work;
        this.name = name;
    }

    /** The fastest pipeline run and the fastest bulk indexing of the records. */
    record Result(PipelineRun.Result pipeline, Floors.Timed index) {}

    /**
     * @param records the records to bulk index for the floor (those of an embedded-index run)
     */
    Result run(BenchCorpus corpus, int threads, int rounds, List<ArchiveRecord> records) throws Exception {
        try {
            step("Warm-up of the Elasticsearch server and client, not timed");
            runInto("warm-up").run(corpus, threads, 0);
            Floors floors = new Floors(threads);
            PipelineRun.Result pipeline = null;
            Floors.Timed index = null;
            for (int round = 1; round <= rounds; round++) {
                step("Pipeline and bulk-index floor, Elasticsearch at " + url + " (round " + round + " of " + rounds + ")");
                PipelineRun.Result run = runInto("pipeline-" + round).run(corpus, threads, 0);
                ElasticsearchSettings floorIndex = settings(indexName("floor-" + round));
                Floors.Timed bulk = floors.index(records, CHUNK_SIZE, () -> ElasticsearchArchiveIndex.open(floorIndex));
                print.printf(Locale.ROOT, "  pipeline %.1f s, bulk index %.1f s%n", run.seconds(), bulk.seconds());
                pipeline = Fastest.of(pipeline, run, PipelineRun.Result::seconds);
                index = Fastest.of(index, bulk, Floors.Timed::seconds);
            }
            return new Result(pipeline, index);
        } finally {
            deleteAll();
        }
    }

    private PipelineRun runInto(String kind) {
        Path data = work.resolve("data-es-" + name + "-" + kind);
        dataFolders.add(data);
        return runInto.apply(data, IndexSelection.of(settings(indexName(kind))));
    }

    private String indexName(String kind) {
        String alias = "disan-bench-" + name + "-" + kind;
        indexes.add(alias);
        return alias;
    }

    private ElasticsearchSettings settings(String alias) {
        return IndexSelection.from(url, alias, Map.of()).elasticsearch().orElseThrow();
    }

    /** The benchmark's indexes would otherwise stay on the server, a copy of the corpus's records each. */
    private void deleteAll() {
        for (String alias : indexes) {
            try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(settings(alias))) {
                index.aliases().deleteIndicesBehind(alias);
            } catch (RuntimeException e) {
                print.printf("  could not delete the index %s: %s%n", alias, e.getMessage());
            }
        }
        dataFolders.forEach(folder -> FileSystemUtils.deleteRecursively(folder.toFile()));
    }

    private void step(String what) {
        print.println(what + " ...");
        print.flush();
    }
}

package org.disan.batch.bench.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disan.batch.ingest.IngestFileRangeStepConfiguration;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.lucene.LuceneArchiveIndex;

/**
 * The timed part of the ingest benchmark, in rounds: each round times the N-thread pipeline, then
 * its floor (Tika, Thumbnailator, bulk indexing) with N threads, then the one-thread pipeline and
 * its floor. A slow spell of a shared machine then falls on a pipeline run and its floor alike,
 * not on all the pipeline runs while the floors run fast afterwards, or the other way round. Over
 * the rounds the fastest of each measurement counts (other work only ever slows one down); each
 * round's own figures are kept too, to show how far they spread.
 */
final class InterleavedRounds {

    /** The floor indexes in the ingest's own bulk size. */
    private static final int CHUNK_SIZE = IngestFileRangeStepConfiguration.CHUNK_SIZE;

    private final PrintWriter print;
    private final Function<Path, PipelineRun> embeddedRun;
    private final Path work;
    private final String name;

    /**
     * @param embeddedRun a pipeline run into the embedded index of a fresh data folder
     * @param work the folder for the runs' data folders and the floors' indexes
     * @param name what their names end with, so that benchmark runs sharing the folder keep apart
     */
    InterleavedRounds(PrintWriter print, Function<Path, PipelineRun> embeddedRun, Path work, String name) {
        this.print = print;
        this.embeddedRun = embeddedRun;
        this.work = work;
        this.name = name;
    }

    /** The fastest of each measurement, the run whose store the previews are made from, and every round. */
    record Result(PipelineRun.Result pipeline, BenchReport.FloorSet floor, PipelineRun.Result singleThread,
            BenchReport.FloorSet singleThreadFloor, PipelineRun firstRun, List<BenchReport.Round> rounds) {}

    /**
     * @param singleThread also time the one-thread pipeline and floor (for the speed-up)
     * @param heapEvery sample the heap after GC every this many files of the N-thread runs (0: never)
     */
    Result run(BenchCorpus corpus, int threads, int rounds, boolean singleThread, int heapEvery) throws Exception {
        Floors floors = new Floors(threads);
        Floors oneThreadFloors = new Floors(1);
        PipelineRun first = null;
        List<ArchiveRecord> records = null;
        PipelineRun.Result pipeline = null;
        PipelineRun.Result single = null;
        BenchReport.FloorSet floor = null;
        BenchReport.FloorSet singleFloor = null;
        List<BenchReport.Round> each = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String label = rounds == 1 ? "" : " (round " + round + " of " + rounds + ")";
            step("Pipeline, embedded index, " + threads + " threads" + label);
            PipelineRun run = embeddedRun.apply(folder("data-lucene", round));
            PipelineRun.Result many = run.run(corpus, threads, heapEvery);
            if (first == null) {
                first = run;
                records = run.storedRecords();
            }
            step("Floors: Tika, Thumbnailator, bulk indexing, " + threads + " threads" + label);
            BenchReport.FloorSet manyFloor = floor(floors, corpus, records, folder("floor-index", round));
            PipelineRun.Result one = null;
            BenchReport.FloorSet oneFloor = null;
            if (singleThread) {
                step("Pipeline, embedded index, 1 thread" + label);
                one = embeddedRun.apply(folder("data-single", round)).run(corpus, 1, 0);
                step("Floors again with 1 thread, for the speed-up the machine gives the floor's own work" + label);
                oneFloor = floor(oneThreadFloors, corpus, records, folder("floor-index-single", round));
            }
            each.add(new BenchReport.Round(many.seconds(), manyFloor.seconds(), many.cpuSeconds(),
                    manyFloor.cpuSeconds(), one == null ? null : one.seconds(),
                    oneFloor == null ? null : oneFloor.seconds()));
            pipeline = Fastest.of(pipeline, many, PipelineRun.Result::seconds);
            floor = BenchReport.FloorSet.fastest(floor, manyFloor);
            single = one == null ? null : Fastest.of(single, one, PipelineRun.Result::seconds);
            singleFloor = oneFloor == null ? null : BenchReport.FloorSet.fastest(singleFloor, oneFloor);
        }
        return new Result(pipeline, floor, single, singleFloor, first, List.copyOf(each));
    }

    /** Each part of the floor timed once; the indexing into a fresh index. */
    private static BenchReport.FloorSet floor(Floors floors, BenchCorpus corpus, List<ArchiveRecord> records,
            Path index) throws Exception {
        return new BenchReport.FloorSet(floors.parse(corpus.files()), floors.thumbnail(corpus.images()),
                floors.index(records, CHUNK_SIZE, () -> LuceneArchiveIndex.open(index)));
    }

    private Path folder(String kind, int round) {
        return work.resolve(kind + "-" + name + "-" + round);
    }

    private void step(String what) {
        print.println(what + " ...");
        print.flush();
    }
}

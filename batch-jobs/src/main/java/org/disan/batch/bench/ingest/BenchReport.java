package org.disan.batch.bench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, written as JSON so that runs can be compared.
 *
 * @param backends the N-thread pipeline run per index backend ("lucene", "elasticsearch")
 * @param singleThread the one-thread pipeline run into the embedded index
 * @param floors per backend: tika, thumbnails, index and their sum, each timed alone
 * @param largeFiles the small-heap ingest of very large files, or {@code null} when not run
 */
record BenchReport(
        String startedAt,
        Machine machine,
        Corpus corpus,
        int threads,
        String ocr,
        Map<String, PipelineRun.Result> backends,
        PipelineRun.Result singleThread,
        Map<String, FloorSet> floors,
        LargeFilesCheck.Result largeFiles) {

    record Machine(int processors, long maxHeapBytes, String java) {}

    record Corpus(String folder, int files, int images, long bytes) {}

    record FloorSet(Floors.Timed tika, Floors.Timed thumbnails, Floors.Timed index) {
        double seconds() {
            return tika.seconds() + thumbnails.seconds() + index.seconds();
        }
    }

    /** Pipeline wall time over the sum of the floors, for one backend. */
    double ratio(String backend) {
        return backends.get(backend).seconds() / floors.get(backend).seconds();
    }

    /** One-thread wall time over N-thread wall time, on the embedded index. */
    double speedUp() {
        return singleThread == null ? Double.NaN : singleThread.seconds() / backends.get(IngestBenchCommand.LUCENE).seconds();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode tree = json.valueToTree(this);
        ObjectNode ratios = tree.putObject("pipelineOverFloor");
        backends.keySet().forEach(backend -> ratios.put(backend, ratio(backend)));
        tree.put("speedUp", speedUp());
        json.writeValue(file.toFile(), tree);
    }

    List<String> backendNames() {
        return List.copyOf(backends.keySet());
    }
}

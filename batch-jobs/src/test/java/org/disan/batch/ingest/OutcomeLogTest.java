package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.disan.ingest.FailureKind;
import org.disan.ingest.IngestOutcome;
import org.disan.ingest.IngestOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeLogTest {

    @TempDir
    Path temp;

    @Test
    void aRedoneChunkKeepsTheLastWordOnEachFileInFirstSeenOrder() throws Exception {
        // given a chunk logged by a run that then crashed, and the same chunk redone on restart
        OutcomeLog log = new IngestReports(temp).outcomeLog(7);
        log.append(List.of(failed("a.pdf", "parser crashed"), failed("b.pdf", "timeout")));
        log.append(List.of(failed("a.pdf", "still broken"), failed("b.pdf", "timeout again")));
        log.append(List.of(failed("c.pdf", "empty file")));

        // when it is read
        List<OutcomeLine> lines = log.read();

        // then each file appears once, with its latest outcome
        assertThat(lines).extracting(OutcomeLine::file).containsExactly("a.pdf", "b.pdf", "c.pdf");
        assertThat(lines).extracting(OutcomeLine::reason).containsExactly("still broken", "timeout again", "empty file");
        assertThat(log.file()).hasFileName("ingest-7.jsonl");
    }

    @Test
    void partitionsAppendingAtOnceLoseAndMixUpNoLine() throws Exception {
        // given four partitions that each append 50 chunks of long lines at the same time
        IngestReports reports = new IngestReports(temp);
        String longReason = "x".repeat(3000);
        List<Thread> partitions = IntStream.range(0, 4).mapToObj(p -> new Thread(() -> {
            for (int chunk = 0; chunk < 50; chunk++) {
                try {
                    reports.outcomeLog(3).append(List.of(failed("p" + p + "-" + chunk + "-a", longReason),
                            failed("p" + p + "-" + chunk + "-b", longReason)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        })).toList();

        // when they are done
        partitions.forEach(Thread::start);
        for (Thread partition : partitions) {
            partition.join();
        }

        // then every line reads back whole
        assertThat(reports.outcomeLog(3).read()).hasSize(4 * 50 * 2)
                .allSatisfy(line -> assertThat(line.reason()).isEqualTo(longReason));
    }

    @Test
    void aLogThatWasNeverWrittenIsEmpty() {
        assertThat(new IngestReports(temp).outcomeLog(1).read()).isEmpty();
    }

    private static IngestOutcome failed(String file, String reason) {
        return IngestOutcome.failed(file, FailureKind.INVALID, reason, List.of("a warning"));
    }
}

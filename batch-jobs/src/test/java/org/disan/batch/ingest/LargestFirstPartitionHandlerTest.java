package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

class LargestFirstPartitionHandlerTest {

    @Test
    void partitionsRunInTheOrderOfTheirNumbersWhateverOrderTheyCameIn() throws Exception {
        // given twelve partitions of a job, in a shuffled order
        JobExecution job = new JobExecution(1L);
        List<StepExecution> partitions = new ArrayList<>(IntStream.range(0, 12)
                .mapToObj(i -> new StepExecution("ingestFileRangeStep:partition" + i, job)).toList());
        Collections.shuffle(partitions, new Random(7));
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        LargestFirstPartitionHandler handler = new LargestFirstPartitionHandler(execution -> {});
        handler.setTaskExecutor(new SyncTaskExecutor());
        handler.setStep(recording(ran, name -> false));

        // when they are handled one at a time
        Set<StepExecution> done = handler.doHandle(new StepExecution("ingestFilesStep", job), new LinkedHashSet<>(partitions));

        // then they ran by number, partition10 after partition9, not after partition1
        assertThat(done).hasSize(12);
        assertThat(ran).containsExactlyElementsOf(
                IntStream.range(0, 12).mapToObj(i -> "ingestFileRangeStep:partition" + i).toList());
    }

    @Test
    void afterAPartitionFailsTheOnesNotStartedAreRecordedAsFailedWithoutRunning() throws Exception {
        // given six partitions, of which the third fails
        JobExecution job = new JobExecution(1L);
        Set<StepExecution> partitions = IntStream.range(0, 6)
                .mapToObj(i -> new StepExecution("ingestFileRangeStep:partition" + i, job))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        List<StepExecution> saved = new ArrayList<>();
        LargestFirstPartitionHandler handler = new LargestFirstPartitionHandler(saved::add);
        handler.setTaskExecutor(new SyncTaskExecutor());
        handler.setStep(recording(ran, name -> name.endsWith("partition2")));

        // when they are handled one at a time
        Set<StepExecution> done = handler.doHandle(new StepExecution("ingestFilesStep", job), partitions);

        // then the three after it did not run, and were saved as failed, naming the partition that failed
        assertThat(ran).containsExactly("ingestFileRangeStep:partition0", "ingestFileRangeStep:partition1",
                "ingestFileRangeStep:partition2");
        assertThat(saved).extracting(StepExecution::getStepName).containsExactly("ingestFileRangeStep:partition3",
                "ingestFileRangeStep:partition4", "ingestFileRangeStep:partition5");
        assertThat(saved).allSatisfy(partition -> {
            assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(partition.getExitStatus().getExitDescription())
                    .isEqualTo("not started: ingestFileRangeStep:partition2 ended FAILED first");
            assertThat(partition.getEndTime()).isNotNull();
        });
        assertThat(done).hasSize(6);
    }

    @Test
    void aPartitionsNumberComesFromItsStepName() {
        assertThat(FileSharePartitioner.number("ingestFileRangeStep:partition0")).isZero();
        assertThat(FileSharePartitioner.number("ingestFileRangeStep:partition17")).isEqualTo(17);
        assertThat(FileSharePartitioner.number("ingestFileRangeStep")).isEqualTo(Integer.MAX_VALUE);
        assertThat(FileSharePartitioner.number("ingestFileRangeStep:partitionX")).isEqualTo(Integer.MAX_VALUE);
    }

    /** A step that notes each partition it runs and completes it, unless its name says it fails. */
    private static Step recording(List<String> ran, Predicate<String> fails) {
        return new Step() {
            @Override
            public String getName() {
                return "ingestFileRangeStep";
            }

            @Override
            public void execute(StepExecution execution) {
                ran.add(execution.getStepName());
                execution.setStatus(fails.test(execution.getStepName()) ? BatchStatus.FAILED : BatchStatus.COMPLETED);
            }
        };
    }
}

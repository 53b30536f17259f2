package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

class FileRangePartitionerTest {

    @Test
    void theRangesCoverEveryFileOnceInOrder() {
        // given a submission of 151 files split three ways
        Map<String, ExecutionContext> partitions = new FileRangePartitioner(() -> 151).partition(3);

        // then the ranges are contiguous, near-equal and cover all files
        List<FileRange> ranges = partitions.values().stream().map(FileRange::readFrom).toList();
        assertThat(partitions.keySet()).containsExactly("partition0", "partition1", "partition2");
        assertThat(ranges).containsExactly(new FileRange(0, 50, 151), new FileRange(50, 100, 151),
                new FileRange(100, 151, 151));
    }

    @Test
    void theSameSubmissionGivesTheSamePartitions() {
        FileRangePartitioner partitioner = new FileRangePartitioner(() -> 40);

        assertThat(partitioner.partition(4)).isEqualTo(partitioner.partition(4));
    }

    @Test
    void fewerFilesThanThreadsGiveOnePartitionPerFile() {
        assertThat(new FileRangePartitioner(() -> 2).partition(8)).hasSize(2);
    }

    @Test
    void anEmptySubmissionStillHasOnePartitionWithNothingToDo() {
        Map<String, ExecutionContext> partitions = new FileRangePartitioner(() -> 0).partition(4);

        assertThat(partitions).hasSize(1);
        assertThat(FileRange.readFrom(partitions.get("partition0")).size()).isZero();
    }

    @Test
    void aRangeRefusesASubmissionThatChangedSinceTheSplit() {
        FileRange range = new FileRange(0, 2, 3);
        List<Integer> files = IntStream.range(0, 4).boxed().toList();

        assertThatThrownBy(() -> range.of(files)).hasMessageContaining("changed while being ingested");
        assertThat(range.of(files.subList(0, 3))).containsExactly(0, 1);
    }
}

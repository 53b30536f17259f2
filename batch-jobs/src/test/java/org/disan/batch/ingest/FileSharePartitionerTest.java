package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

class FileSharePartitionerTest {

    /** A partitioner of a submission of the given number of files, of sizes in no order. */
    private static FileSharePartitioner partitionerOf(int files) {
        List<SubmittedFile> submitted = IntStream.range(0, files)
                .mapToObj(i -> file("file-%04d.txt".formatted(i), (i * 37L) % 101)).toList();
        return new FileSharePartitioner(() -> new Submission("letters", Path.of("/submission"), submitted, List.of()));
    }

    private static SubmittedFile file(String name, long size) {
        return new SubmittedFile(Path.of("/submission", name), name, size, DublinCore.EMPTY, Access.PUBLIC);
    }

    @Test
    void theSharesCoverEveryFileOnceDealtInTurn() {
        // given a submission of 151 files split three ways
        Map<String, ExecutionContext> partitions = partitionerOf(151).partition(3);

        // then each partition takes every third file, from its own start, and together they hold each file once
        List<FileShare> shares = partitions.values().stream().map(FileShare::readFrom).toList();
        assertThat(partitions.keySet()).containsExactly("partition0", "partition1", "partition2");
        assertThat(shares).containsExactly(new FileShare(0, 3, 151), new FileShare(1, 3, 151), new FileShare(2, 3, 151));
        List<Integer> files = IntStream.range(0, 151).boxed().toList();
        assertThat(shares.get(1).of(files)).startsWith(1, 4, 7).endsWith(148).hasSize(50);
        assertThat(shares.stream().mapToInt(FileShare::size)).containsExactly(51, 50, 50);
        assertThat(shares.stream().flatMap(share -> share.of(files).stream()).sorted().toList()).isEqualTo(files);
    }

    @Test
    void eachShareHasTheSameMixWhenTheListIsSortedByKind() {
        // given 100 recordings followed by 100 scans, split two ways
        List<String> files = IntStream.range(0, 200).mapToObj(i -> i < 100 ? "audio" : "scan").toList();

        // then each partition gets half of each kind, not one kind each
        for (FileShare share : partitionerOf(files.size()).partition(2).values().stream()
                .map(FileShare::readFrom).toList()) {
            assertThat(share.of(files)).filteredOn("audio"::equals).hasSize(50);
        }
    }

    @Test
    void theSameSubmissionGivesTheSamePartitions() {
        FileSharePartitioner partitioner = partitionerOf(40);

        assertThat(partitioner.partition(4)).isEqualTo(partitioner.partition(4));
    }

    @Test
    void fewerFilesThanThreadsGiveOnePartitionPerFile() {
        assertThat(partitionerOf(2).partition(8)).hasSize(2);
    }

    @Test
    void anEmptySubmissionStillHasOnePartitionWithNothingToDo() {
        Map<String, ExecutionContext> partitions = partitionerOf(0).partition(4);

        assertThat(partitions).hasSize(1);
        assertThat(FileShare.readFrom(partitions.get("partition0")).size()).isZero();
        assertThat(FileShare.readFrom(partitions.get("partition0")).of(List.of())).isEmpty();
    }

    @Test
    void aShareRefusesASubmissionThatChangedSinceTheSplit() {
        FileShare share = new FileShare(1, 2, 3);
        List<Integer> files = IntStream.range(0, 4).boxed().toList();

        assertThatThrownBy(() -> share.of(files)).hasMessageContaining("changed while being ingested");
        assertThat(share.of(files.subList(0, 3))).containsExactly(1);
    }

    @Test
    void aShareStartsWithinItsStride() {
        assertThatThrownBy(() -> new FileShare(2, 2, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FileShare(0, 2, 5)).hasToString("3 files of 5 (numbers 1, 3, 5, … by size, largest first)");
    }
}

package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.ExtraField;
import org.disan.ingest.submission.Submission;
import org.disan.ingest.submission.SubmittedFile;
import org.disan.ingest.submission.TranscriptFile;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.item.ExecutionContext;

class PartitionFilesTest {

    private static final SubmissionSource NOT_TO_BE_SCANNED = new SubmissionSource(Path.of("/submission"), null,
            (folder, access) -> {
                throw new AssertionError("the partition scanned " + folder + " again");
            });

    private static SubmittedFile file(String name, long size) {
        return new SubmittedFile(Path.of("/submission", name), name, size, DublinCore.EMPTY, Access.PUBLIC);
    }

    /** A file with everything a sheet and the scan can give it. */
    private static SubmittedFile described(int i) {
        String name = "Thư từ/thư-%05d.wav".formatted(i);
        DublinCore dc = new DublinCore("HN-" + i, "Thư số " + i, List.of("Nguyễn Du", "Hồ Xuân Hương"),
                List.of("ca trù", "hát xoan"), "Bản ghi âm buổi hát ở đình làng, lần thứ " + i, "Bảo tàng Hà Nội",
                List.of(), "19" + (10 + i % 90), "Sound", "audio/wav", null, "vi; fr", null, List.of("Hà Nội"),
                "CC BY 4.0");
        Access access = i % 3 == 0 ? new Access(AccessLevel.EMBARGOED, LocalDate.of(2031, 2, 3))
                : i % 2 == 0 ? Access.RESTRICTED : Access.PUBLIC;
        return new SubmittedFile(Path.of("/mnt/archive/incoming/collection-42", name), name, 1_000_000L + i * 7L,
                dc, access, i % 5 == 0 ? "Ca trù" : null,
                List.of(new ExtraField("số đăng ký", "ĐK-" + i), new ExtraField("người tặng", "Gia đình ông Tư")),
                i % 4 == 0 ? List.of(new TranscriptFile(Path.of("/mnt/archive/incoming/collection-42", name + ".vi.vtt"),
                        name + ".vi.vtt", "vi")) : List.of());
    }

    @Test
    void filesAreDealtOutLargestFirstAndEqualSizesKeepTheirPathOrder() {
        // given files in path order, as a submission lists them
        List<SubmittedFile> files = List.of(file("a.txt", 10), file("b.tif", 9_000), file("c.txt", 10),
                file("d.wav", 500), file("e.txt", 10));

        // then the largest come first, and the equal small ones stay in path order
        assertThat(PartitionFiles.largestFirst(files)).extracting(SubmittedFile::relativePath)
                .containsExactly("b.tif", "d.wav", "a.txt", "c.txt", "e.txt");
    }

    @Test
    void twoPartitionsEachEndOnSmallFiles() {
        List<SubmittedFile> files = List.of(file("a.mp4", 800), file("b.txt", 1), file("c.txt", 2),
                file("d.tif", 700), file("e.txt", 3), file("f.txt", 4));
        List<SubmittedFile> ordered = PartitionFiles.largestFirst(files);

        assertThat(new FileShare(0, 2, 6).of(ordered)).extracting(SubmittedFile::relativePath)
                .containsExactly("a.mp4", "f.txt", "c.txt");
        assertThat(new FileShare(1, 2, 6).of(ordered)).extracting(SubmittedFile::relativePath)
                .containsExactly("d.tif", "e.txt", "b.txt");
    }

    @Test
    void aPartitionReadsItsShareAsTheScanFoundItFromItsStoredContextWithoutScanning() throws IOException {
        // given a scanned submission split three ways
        List<SubmittedFile> scanned = IntStream.rangeClosed(1, 20).mapToObj(PartitionFilesTest::described).toList();
        Submission submission = new Submission("Thư từ", Path.of("/mnt/archive/incoming/collection-42"), scanned,
                List.of());
        Map<String, ExecutionContext> split = new FileSharePartitioner(() -> submission).partition(3);

        List<SubmittedFile> read = new ArrayList<>();
        for (ExecutionContext context : split.values()) {
            // when each context goes through the job repository's serializer and a partition reads it
            PartitionFiles partition = new PartitionFiles(stored(context), NOT_TO_BE_SCANNED);

            // then it has its share, in the dealt order, with everything the scan gave each file
            FileShare share = partition.share();
            assertThat(partition.files()).isEqualTo(share.of(PartitionFiles.largestFirst(scanned)));
            assertThat(partition.submissionName()).isEqualTo("Thư từ");
            read.addAll(partition.files());
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Test
    void theFilesOfATenThousandFileSubmissionFitItsPartitionsContexts() throws IOException {
        // given a large submission with a full sheet row for every file, in one partition
        List<SubmittedFile> scanned = IntStream.rangeClosed(1, 10_000).mapToObj(PartitionFilesTest::described).toList();
        Submission submission = new Submission("Thư từ", Path.of("/mnt/archive/incoming/collection-42"), scanned,
                List.of());
        ExecutionContext context = new FileSharePartitioner(() -> submission).partition(1).get("partition0");

        // then the context the job repository writes with every chunk stays small, and reads back whole
        byte[] serialized = serialized(context);
        assertThat(serialized.length).as("bytes of the serialized context").isLessThan(2_000_000);
        assertThat(new PartitionFiles(deserialized(serialized), NOT_TO_BE_SCANNED).files())
                .isEqualTo(PartitionFiles.largestFirst(scanned));
    }

    @Test
    void aPartitionSplitBeforeItsFilesWereKeptScansAndRefusesAChangedSubmission() {
        // given a partition context that holds only its share of 3 files
        ExecutionContext context = new ExecutionContext();
        new FileShare(1, 2, 3).saveTo(context);
        List<SubmittedFile> three = List.of(file("a.txt", 3), file("b.txt", 2), file("c.txt", 1));

        // then it scans the submission for its files and its name
        PartitionFiles partition = new PartitionFiles(context, sourceOf(three));
        assertThat(partition.files()).extracting(SubmittedFile::relativePath).containsExactly("b.txt");
        assertThat(partition.submissionName()).isEqualTo("letters");
        // and a submission that has a file more is refused
        List<SubmittedFile> four = new ArrayList<>(three);
        four.add(file("d.txt", 1));
        assertThatThrownBy(() -> new PartitionFiles(context, sourceOf(four)).files())
                .hasMessageContaining("changed while being ingested");
    }

    private static SubmissionSource sourceOf(List<SubmittedFile> files) {
        return new SubmissionSource(Path.of("/submission"), null,
                (folder, access) -> new Submission("letters", folder, files, List.of()));
    }

    private static ExecutionContext stored(ExecutionContext context) throws IOException {
        return deserialized(serialized(context));
    }

    private static byte[] serialized(ExecutionContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DefaultExecutionContextSerializer().serialize(context.toMap(), out);
        return out.toByteArray();
    }

    private static ExecutionContext deserialized(byte[] bytes) throws IOException {
        return new ExecutionContext(new DefaultExecutionContextSerializer().deserialize(new ByteArrayInputStream(bytes)));
    }
}

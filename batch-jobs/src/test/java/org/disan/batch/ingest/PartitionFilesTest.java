package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;

class PartitionFilesTest {

    private static SubmittedFile file(String name, long size) {
        return new SubmittedFile(Path.of("/submission", name), name, size, DublinCore.EMPTY, Access.PUBLIC);
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
}

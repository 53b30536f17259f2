package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

class SubmittedFileReaderTest {

    private final List<SubmittedFile> files = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> new SubmittedFile(Path.of("/submission/file-" + i + ".txt"), "file-" + i + ".txt", i,
                    DublinCore.EMPTY, Access.PUBLIC))
            .toList();

    @Test
    void readsEveryFileInOrderThenEnds() throws Exception {
        SubmittedFileReader reader = new SubmittedFileReader(() -> files);
        reader.open(new ExecutionContext());

        List<String> read = new ArrayList<>();
        for (SubmittedFile file = reader.read(); file != null; file = reader.read()) {
            read.add(file.relativePath());
        }

        assertThat(read).containsExactly("file-1.txt", "file-2.txt", "file-3.txt", "file-4.txt", "file-5.txt");
    }

    @Test
    void aRestartedReaderResumesAfterTheLastSavedPosition() throws Exception {
        // given a first run that read two files and saved its state at the chunk boundary
        ExecutionContext saved = new ExecutionContext();
        SubmittedFileReader first = new SubmittedFileReader(() -> files);
        first.open(saved);
        first.read();
        first.read();
        first.update(saved);
        first.read();
        first.close();

        // when a new reader opens with that state
        SubmittedFileReader restarted = new SubmittedFileReader(() -> files);
        restarted.open(saved);

        // then it continues with the third file, not the fourth it had read but not committed
        assertThat(saved.getInt(SubmittedFileReader.NAME + ".read.count")).isEqualTo(2);
        assertThat(restarted.read().relativePath()).isEqualTo("file-3.txt");
        assertThat(restarted.read().relativePath()).isEqualTo("file-4.txt");
        assertThat(restarted.read().relativePath()).isEqualTo("file-5.txt");
        assertThat(restarted.read()).isNull();
    }

    @Test
    void aRestartPastTheEndReadsNothing() throws Exception {
        ExecutionContext saved = new ExecutionContext();
        saved.putInt(SubmittedFileReader.NAME + ".read.count", 7);
        SubmittedFileReader reader = new SubmittedFileReader(() -> files);

        reader.open(saved);

        assertThat(reader.read()).isNull();
    }
}

package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.disan.search.ArchiveIndex;
import org.disan.search.TranscriptSearchContract;

/** Searching inside recordings, on the embedded index. */
class LuceneTranscriptSearchTest extends TranscriptSearchContract {

    @Override
    protected ArchiveIndex newIndex() {
        try {
            return LuceneArchiveIndex.open(Files.createTempDirectory("disan-index-").resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

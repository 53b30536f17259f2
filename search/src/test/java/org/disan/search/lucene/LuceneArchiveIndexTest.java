package org.disan.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disan.search.ArchiveIndex;
import org.disan.search.ArchiveIndexContractTest;

/** The contract, run against the embedded Lucene index in a temporary folder. */
class LuceneArchiveIndexTest extends ArchiveIndexContractTest {

    @Override
    protected ArchiveIndex newIndex() {
        try {
            return LuceneArchiveIndex.open(Files.createTempDirectory("disan-index-").resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

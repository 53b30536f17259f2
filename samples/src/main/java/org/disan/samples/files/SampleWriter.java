package org.disan.samples.files;

import java.io.IOException;
import java.nio.file.Path;
import org.disan.samples.PlannedFile;

/** Writes the content of one planned file; the same plan always gives the same bytes. */
public interface SampleWriter {

    void write(PlannedFile file, Path target) throws IOException;
}

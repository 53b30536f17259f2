package org.disan.samples;

import java.util.SplittableRandom;
import org.disan.samples.text.HeritageTopic;
import org.disan.samples.text.Language;

/**
 * A file decided before anything is written: its kind, catalogue record, topic and language, and
 * the seed its content is drawn from, so every file can be written alone, in any order.
 */
public record PlannedFile(int index, FileKind kind, CatalogueRecord record, HeritageTopic topic, Language language, long contentSeed) {

    public String relativePath() {
        return record.file();
    }

    /** A fresh random source for this file's content: the same every time it is asked for. */
    public SplittableRandom random() {
        return new SplittableRandom(contentSeed);
    }
}

package org.disan.samples;

import java.util.List;
import java.util.Locale;
import org.disan.samples.files.StripedTiffWriter;
import org.disan.samples.files.TextPdfWriter;
import org.disan.samples.files.WavWriter;

/** The three oversized files for memory tests, planned after the ordinary ones and kept under {@code large/}. */
final class LargeFiles {

    private LargeFiles() {
    }

    static List<ParallelFileWriter.Job> jobs(CorpusSpec spec, LargeFilesSpec large) {
        String prefix = "disan-gen-" + Long.toUnsignedString(spec.seed());
        int first = spec.count();
        PlannedFile tiff = plan(spec.seed(), first, FileKind.TIFF, prefix, String.format(Locale.ROOT,
                "large/%05d-master-scan-%dmb.tif", first, large.tiffPixelBytes() >> 20));
        PlannedFile wav = plan(spec.seed(), first + 1, FileKind.WAV, prefix, String.format(Locale.ROOT,
                "large/%05d-oral-history-%dmin.wav", first + 1, large.wavSeconds() / 60));
        PlannedFile pdf = plan(spec.seed(), first + 2, FileKind.TEXT_PDF, prefix, String.format(Locale.ROOT,
                "large/%05d-annals-%dpages.pdf", first + 2, large.pdfPages()));
        return List.of(
                new ParallelFileWriter.Job(tiff, new StripedTiffWriter(large.tiffPixelBytes())),
                new ParallelFileWriter.Job(wav, (file, target) ->
                        WavWriter.stream(target, large.wavSampleRate(), large.wavSeconds() * large.wavSampleRate(), file.random())),
                new ParallelFileWriter.Job(pdf, new TextPdfWriter(large.pdfPages(), large.pdfPages())));
    }

    private static PlannedFile plan(long seed, int index, FileKind kind, String prefix, String path) {
        PlannedFile planned = CatalogueWriter.plan(index, kind, prefix, CorpusPlanner.fileRandom(seed, index));
        return new PlannedFile(index, kind, planned.record().withFile(path), planned.topic(), planned.language(), planned.contentSeed());
    }
}

package org.disan.samples;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.disan.samples.files.DocxWriter;
import org.disan.samples.files.Ffmpeg;
import org.disan.samples.files.FfmpegAudioWriter;
import org.disan.samples.files.FfmpegVideoWriter;
import org.disan.samples.files.JpegPhotoWriter;
import org.disan.samples.files.RasterImageWriter;
import org.disan.samples.files.SampleWriter;
import org.disan.samples.files.ScannedPdfWriter;
import org.disan.samples.files.TextDocumentWriter;
import org.disan.samples.files.TextPdfWriter;
import org.disan.samples.files.WavWriter;

/** The writer for each kind of file; kinds that need ffmpeg are present only when it is installed. */
final class SampleWriters {

    private final Map<FileKind, SampleWriter> writers = new EnumMap<>(FileKind.class);

    SampleWriters(Optional<Ffmpeg> ffmpeg) {
        writers.put(FileKind.TEXT_PDF, new TextPdfWriter(1, 5));
        writers.put(FileKind.SCANNED_PDF, new ScannedPdfWriter());
        writers.put(FileKind.DOCX, new DocxWriter());
        writers.put(FileKind.JPEG, new JpegPhotoWriter());
        writers.put(FileKind.TIFF, RasterImageWriter.tiff());
        writers.put(FileKind.PNG, RasterImageWriter.png());
        writers.put(FileKind.WAV, new WavWriter(1, 30));
        writers.put(FileKind.TEXT, TextDocumentWriter.plainText());
        writers.put(FileKind.HTML, TextDocumentWriter.html());
        ffmpeg.ifPresent(tool -> {
            writers.put(FileKind.MP3, FfmpegAudioWriter.mp3(tool));
            writers.put(FileKind.OGG, FfmpegAudioWriter.ogg(tool));
            writers.put(FileKind.MP4, new FfmpegVideoWriter(tool));
        });
    }

    boolean supports(FileKind kind) {
        return writers.containsKey(kind);
    }

    SampleWriter forKind(FileKind kind) {
        SampleWriter writer = writers.get(kind);
        if (writer == null) {
            throw new IllegalArgumentException("no writer for " + kind);
        }
        return writer;
    }
}

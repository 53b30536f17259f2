package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeFilesTest {

    @TempDir
    Path temp;

    @Test
    void largeFilesAreWrittenToSizeAndReadBack() throws IOException, UnsupportedAudioFileException {
        // given scaled-down large files: 3 MiB of TIFF pixels, 4 s of WAV, 12 PDF pages
        Path out = temp.resolve("large-corpus");
        CorpusManifest manifest = CorpusGenerator.generate(out, CorpusSpec.of(0, 9).withLarge(new LargeFilesSpec(3L << 20, 4, 8000, 12)));

        // then exactly the three large files are listed, and the sheet names them
        assertThat(manifest.files()).extracting(ManifestEntry::kind).containsExactly(FileKind.TIFF, FileKind.WAV, FileKind.TEXT_PDF);
        assertThat(manifest.files()).allSatisfy(entry -> assertThat(entry.file()).startsWith("large/"));
        assertThat(CsvRows.read(out.resolve("metadata.csv"))).hasSize(3);

        // the TIFF decodes with its woven gradient in place
        Path tiff = out.resolve(manifest.files().get(0).file());
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            assertThat((long) width * height * 3).isBetween((3L << 20) - 3L * width, 3L << 20);
            ImageReadParam region = reader.getDefaultReadParam();
            region.setSourceRegion(new Rectangle(width / 2, height - 2, 1, 1));
            BufferedImage pixel = reader.read(0, region);
            int rgb = pixel.getRGB(0, 0);
            assertThat((rgb >> 16) & 0xFF).isEqualTo((int) ((long) (width / 2) * 255 / width));
            assertThat((rgb >> 8) & 0xFF).isEqualTo((int) ((long) (height - 2) * 255 / height));
            reader.dispose();
        }

        // the WAV lasts exactly four seconds
        AudioFileFormat wav = AudioSystem.getAudioFileFormat(out.resolve(manifest.files().get(1).file()).toFile());
        assertThat(wav.getFrameLength()).isEqualTo(4 * 8000);

        // the PDF has twelve pages of text
        try (PDDocument pdf = Loader.loadPDF(out.resolve(manifest.files().get(2).file()).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(12);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(12);
            assertThat(lastPage.getText(pdf)).hasSizeGreaterThan(1000);
        }
        assertThat(Files.size(out.resolve(manifest.files().get(0).file()))).isGreaterThan(3L << 20);
    }
}

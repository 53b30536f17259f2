package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;

class ImageFilesTest {

    private static final Set<Integer> SIDES = Set.of(480, 600, 640, 768, 800, 1024, 1200, 1536, 1600, 2000, 2048, 3000, 4000);

    @Test
    void everyImageDecodesAtACameraSize() throws IOException {
        for (FileKind kind : List.of(FileKind.JPEG, FileKind.TIFF, FileKind.PNG)) {
            for (Path image : SmallCorpus.files(kind)) {
                // when the image is read back through ImageIO (subsampled, as an ingest would)
                Dimension size = decode(image);

                // then it has one of the generated photo sizes
                assertThat(SIDES).as(image.toString()).contains(size.width, size.height);
            }
        }
    }

    @Test
    void jpegsCarryArtistCaptureTimeAndGpsNearHanoi() throws IOException {
        for (Path jpeg : SmallCorpus.files(FileKind.JPEG)) {
            Map<String, String> record = SmallCorpus.recordOf(jpeg);
            JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(jpeg.toFile());

            assertThat(metadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ARTIST).getStringValue())
                    .isEqualTo(record.get("creator"));
            assertThat(metadata.findExifValueWithExactMatch(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL).getStringValue())
                    .startsWith(record.get("date").replace('-', ':'))
                    .matches("\\d{4}:\\d{2}:\\d{2} \\d{2}:\\d{2}:\\d{2}");
            TiffImageMetadata.GpsInfo gps = metadata.getExif().getGpsInfo();
            assertThat(gps.getLatitudeAsDegreesNorth()).isBetween(20.8, 21.3);
            assertThat(gps.getLongitudeAsDegreesEast()).isBetween(105.6, 106.1);
        }
    }

    private static Dimension decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(8, 8, 0, 0);
                BufferedImage thumbnail = reader.read(0, param);
                assertThat(thumbnail.getWidth()).isEqualTo((reader.getWidth(0) + 7) / 8);
                return new Dimension(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}

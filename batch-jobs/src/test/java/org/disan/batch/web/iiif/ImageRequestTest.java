package org.disan.batch.web.iiif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class ImageRequestTest {

    private static final int W = 3000;
    private static final int H = 2000;

    private static ImageRequest parse(String region, String size, String rotation, String file) {
        return ImageRequest.parse(region, size, rotation, file, W, H);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "full;0,0,3000,2000",
            "square;500,0,2000,2000",
            "100,200,300,400;100,200,300,400",
            "2900,1900,500,500;2900,1900,100,100",
            "pct:10,25,50,50;300,500,1500,1000",
            "pct:0.5,0.5,1.5,1.5;15,10,45,30"})
    void regionsAreCutToTheImage(String region, String expected) {
        String[] p = expected.split(",");
        assertThat(parse(region, "max", "0", "default.jpg").region())
                .isEqualTo(new Rectangle(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "max;3000,2000",
            "1500,;1500,1000",
            ",500;750,500",
            "pct:25;750,500",
            "300,300;300,300",
            "!600,600;600,400",
            "!6000,6000;3000,2000",
            "^3300,;3300,2200",
            "^pct:110;3300,2200"})
    void sizesFollowTheSpecification(String size, String expected) {
        String[] p = expected.split(",");
        assertThat(parse("full", size, "0", "default.jpg").size())
                .isEqualTo(new Dimension(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
    }

    @Test
    void maxStaysWithinTheAreaLimit() {
        Dimension size = ImageRequest.parse("full", "max", "0", "default.jpg", 20000, 10000).size();
        assertThat((long) size.width * size.height).isLessThanOrEqualTo(ImageLimits.MAX_AREA);
        assertThat(size.width).isEqualTo(2 * size.height);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0,0,0,10;max;0;default.jpg",
            "3000,0,10,10;max;0;default.jpg",
            "pct:100,0,10,10;max;0;default.jpg",
            "a,b,c,d;max;0;default.jpg",
            "-1,0,10,10;max;0;default.jpg",
            "full;6000,;0;default.jpg",
            "full;pct:150;0;default.jpg",
            "full;0,;0;default.jpg",
            "full;,;0;default.jpg",
            "full;pct:0;0;default.jpg",
            "full;^20000,20000;0;default.jpg",
            "full;max;400;default.jpg",
            "full;max;0;sepia.jpg",
            "full;max;0;default.webp",
            "full;max;0;default",
            "nonsense;max;0;default.jpg"})
    void malformedOrImpossibleRequestsAreBadRequests(String region, String size, String rotation, String file) {
        assertThatThrownBy(() -> parse(region, size, rotation, file))
                .isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void anglesOtherThanQuarterTurnsAreNotImplemented() {
        assertThatThrownBy(() -> parse("full", "max", "45", "default.jpg"))
                .isInstanceOfSatisfying(IiifException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_IMPLEMENTED));
    }

    @Test
    void equivalentRequestsShareOneCacheName() {
        assertThat(parse("full", "max", "0", "color.jpg").cacheName())
                .isEqualTo(parse("0,0,3000,2000", "3000,", "360", "default.jpg").cacheName())
                .isEqualTo("0,0,3000,2000_3000,2000_0_default.jpg");
        assertThat(parse("full", "max", "!90", "gray.png").cacheName()).isEqualTo("0,0,3000,2000_3000,2000_!90_gray.png");
    }

    @Test
    void onlySmallAnswersAreCached() {
        assertThat(cached("0,0,1024,1024", "512,")).isTrue();
        assertThat(cached("full", "max")).isFalse();
    }

    @Test
    void onlyTheTilesAndSizesTheInfoAdvertisesAreCached() {
        assertThat(cached("512,1024,512,512", "512,")).as("a tile at full resolution").isTrue();
        assertThat(cached("0,0,2048,2048", "512,")).as("a tile at a quarter").isTrue();
        assertThat(cached("2048,0,2048,2048", "238,")).as("the tile at the edge, cut by the image").isTrue();
        assertThat(cached("full", "375,")).as("the whole image at an eighth").isTrue();
        assertThat(cached("full", "750,")).as("the whole image at a quarter, one of its sizes").isTrue();
        assertThat(parse("512,0,512,512", "512,", "!90", "gray.png").worthCaching(W, H))
                .as("a tile turned, mirrored, grey").isTrue();
        assertThat(ImageRequest.parse("4096,0,4096,4096", "1,", "0", "default.jpg", 4100, 4100).worthCaching(4100, 4100))
                .as("a tile four pixels wide at the edge, at an eighth: its height follows its width").isTrue();

        // Made-up requests, one new file each if they were kept: off the grid, off the pyramid.
        assertThat(cached("1,0,512,512", "512,")).isFalse();
        assertThat(cached("0,0,500,500", "500,")).isFalse();
        assertThat(cached("0,0,512,512", "511,")).isFalse();
        assertThat(cached("0,0,512,512", "256,")).isFalse();
        assertThat(cached("full", "376,")).isFalse();
    }

    private static boolean cached(String region, String size) {
        return parse(region, size, "0", "default.jpg").worthCaching(W, H);
    }

    @Test
    void identifiersNameARecordAndMaybeAPage() {
        String id = "a".repeat(64);
        assertThat(IiifIdentifier.parse(id)).hasValue(IiifIdentifier.of(id, 0));
        assertThat(IiifIdentifier.parse(id + "~p12")).hasValueSatisfying(i -> {
            assertThat(i.pageOrFirst()).isEqualTo(12);
            assertThat(i.toString()).isEqualTo(id + "~p12");
        });
        assertThat(IiifIdentifier.parse(id + "~p0")).isEmpty();
        assertThat(IiifIdentifier.parse("../" + id)).isEmpty();
        assertThat(IiifIdentifier.parse(id.toUpperCase())).isEmpty();
    }

    @Test
    void infoListsTilesAndScaleFactorsDownToOneTile() {
        assertThat(ImageInfo.scaleFactors(3000, 2000)).containsExactly(1, 2, 4, 8);
        assertThat(ImageInfo.scaleFactors(400, 300)).containsExactly(1);
    }
}

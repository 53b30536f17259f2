package org.disan.batch.web.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The Image API over really ingested images and PDF pages, as a viewer calls it. */
class ImageApiIT extends IiifArchive {

    @Test
    void infoDescribesTheScanItsTilesAndWhatIsServed() throws Exception {
        HttpResponse<byte[]> response = get("/iiif/3/" + scanId + "/info.json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode info = JSON.readTree(response.body());
        assertThat(info.get("@context").asText()).isEqualTo("http://iiif.io/api/image/3/context.json");
        assertThat(info.get("id").asText()).isEqualTo(base + "/iiif/3/" + scanId);
        assertThat(info.get("type").asText()).isEqualTo("ImageService3");
        assertThat(info.get("profile").asText()).isEqualTo("level2");
        assertThat(info.get("width").asInt()).isEqualTo(IiifSubmission.SCAN_WIDTH);
        assertThat(info.get("height").asInt()).isEqualTo(IiifSubmission.SCAN_HEIGHT);
        assertThat(info.at("/tiles/0/width").asInt()).isEqualTo(512);
        assertThat(info.at("/tiles/0/scaleFactors").toString()).isEqualTo("[1,2,4,8,16]");
    }

    @Test
    void aFullResolutionTileHasExactlyTheScansPixels() throws Exception {
        BufferedImage tile = image("/iiif/3/" + scanId + "/1024,512,256,256/256,/0/default.png");
        BufferedImage expected = IiifSubmission.scan(IiifSubmission.SCAN_WIDTH, IiifSubmission.SCAN_HEIGHT)
                .getSubimage(1024, 512, 256, 256);
        for (int y = 0; y < 256; y += 7) {
            for (int x = 0; x < 256; x += 7) {
                assertThat(tile.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void zoomedOutTilesAreScaledAndCutAtTheEdge() throws Exception {
        BufferedImage tile = image("/iiif/3/" + scanId + "/4096,0,4096,4096/" + (6000 - 4096) / 8 + ",/0/default.jpg");
        assertThat(tile.getWidth()).isEqualTo(238);
        assertThat(tile.getHeight()).isEqualTo(500);
        BufferedImage whole = image("/iiif/3/" + scanId + "/full/375,/0/default.jpg");
        assertThat(whole.getHeight()).isEqualTo(250);
    }

    @Test
    void answeredTilesAreKeptInTheRecordsFolder() throws Exception {
        image("/iiif/3/" + scanId + "/0,0,512,512/512,/0/default.jpg");
        try (Stream<Path> files = Files.walk(temp.resolve("data"))) {
            assertThat(files.map(Path::toString))
                    .anyMatch(file -> file.contains(scanId) && file.endsWith("iiif/tiles/0,0,512,512_512,512_0_default.jpg"));
        }
        assertThat(image("/iiif/3/" + scanId + "/0,0,512,512/512,/0/default.jpg").getWidth()).isEqualTo(512);
    }

    @Test
    void madeUpRegionsAreAnsweredButNotKept() throws Exception {
        assertThat(image("/iiif/3/" + scanId + "/7,13,500,500/250,/0/default.jpg").getWidth()).isEqualTo(250);
        try (Stream<Path> files = Files.walk(temp.resolve("data"))) {
            assertThat(files.map(Path::toString)).noneMatch(file -> file.contains("7,13,500,500"));
        }
    }

    @Test
    void quarterTurnsMirroringAndGreyAreLevelTwo() throws Exception {
        BufferedImage turned = image("/iiif/3/" + photoId + "/0,0,400,200/max/90/gray.png");
        assertThat(turned.getWidth()).isEqualTo(200);
        assertThat(turned.getHeight()).isEqualTo(400);
        assertThat(turned.getColorModel().getNumComponents()).isEqualTo(1);
        BufferedImage source = image("/iiif/3/" + photoId + "/0,0,400,200/max/0/default.png");
        BufferedImage mirrored = image("/iiif/3/" + photoId + "/0,0,400,200/max/!0/default.png");
        assertThat(mirrored.getRGB(0, 17)).isEqualTo(source.getRGB(399, 17));
        assertThat(image("/iiif/3/" + photoId + "/square/100,100/0/bitonal.png").getWidth()).isEqualTo(100);
    }

    @Test
    void everyPageOfAPdfIsAnImage() throws Exception {
        JsonNode third = json("/iiif/3/" + pdfId + "~p3/info.json");
        assertThat(third.get("id").asText()).isEqualTo(base + "/iiif/3/" + pdfId + "~p3");
        assertThat(third.get("width").asInt()).isEqualTo(2480);
        assertThat(third.get("height").asInt()).isEqualTo(3508);
        BufferedImage scanned = image("/iiif/3/" + pdfId + "~p3/0,0,1024,1024/512,/0/default.jpg");
        assertThat(scanned.getWidth()).isEqualTo(512);
        assertThat(darkPixels(scanned)).as("the scanned page's drawing").isGreaterThan(100);
        BufferedImage text = image("/iiif/3/" + pdfId + "~p1/full/620,/0/default.png");
        assertThat(darkPixels(text)).as("the first page's line of text").isGreaterThan(20);
        assertThat(get("/iiif/3/" + pdfId + "~p4/info.json").statusCode()).isEqualTo(404);
        assertThat(json("/iiif/3/" + pdfId + "/info.json").get("width").asInt()).isEqualTo(2480);
    }

    @Test
    void badRegionsAndSizesAreBadRequests() throws Exception {
        String image = "/iiif/3/" + scanId;
        assertThat(get(image + "/6000,0,10,10/max/0/default.jpg").statusCode()).isEqualTo(400);
        assertThat(get(image + "/0,0,0,10/max/0/default.jpg").statusCode()).isEqualTo(400);
        assertThat(get(image + "/0,0,100,100/200,/0/default.jpg").statusCode()).isEqualTo(400);
        assertThat(get(image + "/full/max/0/default.bmp").statusCode()).isEqualTo(400);
        assertThat(get(image + "/full/max/45/default.jpg").statusCode()).isEqualTo(501);
        assertThat(get(image + "/full/max/0/sepia.jpg").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownAndRestrictedImagesAreNotFoundOnEveryUrlUnlessSignedIn() throws Exception {
        for (String path : new String[] {"/info.json", "/full/max/0/default.jpg", "/0,0,64,64/64,/0/default.jpg", ""}) {
            assertThat(get("/iiif/3/" + hiddenId + path).statusCode()).as(path).isEqualTo(404);
            assertThat(get("/iiif/3/" + "0".repeat(64) + path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/records/" + hiddenId).statusCode()).isEqualTo(404);
        assertThat(get("/iiif/3/" + songId + "/info.json").statusCode()).as("a recording has no image").isEqualTo(404);
        assertThat(get(signedInArchivist(), "/iiif/3/" + hiddenId + "/info.json").statusCode()).isEqualTo(200);
        assertThat(get(signedInArchivist(), "/iiif/3/" + hiddenId + "/0,0,64,64/64,/0/default.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void theBaseUriRedirectsToInfo() throws Exception {
        HttpResponse<byte[]> response = get("/iiif/3/" + photoId);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(base + "/iiif/3/" + photoId + "/info.json");
    }

    private static BufferedImage image(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + new String(response.body())).isEqualTo(200);
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}

package org.disan.batch.web.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * disan's manifests opened by a second, independent IIIF client: {@code @iiif/parser} from the npm
 * registry (fetched by the build into {@code target/npm}), run by Node.
 */
class IiifParserIT extends IiifArchive {

    private static final Path PARSER = Path.of("target", "npm", "iiif-parser").toAbsolutePath();

    @Test
    void theParserOpensAScanWithoutCorrectingAnything() throws Exception {
        JsonNode opened = open(scanId);
        assertThat(opened.get("warnings")).isEmpty();
        assertThat(opened.get("type").asText()).isEqualTo("Manifest");
        assertThat(opened.at("/label/vi/0").asText()).isEqualTo("Bản đồ phố cổ Hà Nội");
        assertThat(opened.at("/homepage/0").asText()).isEqualTo(base + "/records/" + scanId);
        assertThat(opened.at("/canvases/0/width").asInt()).isEqualTo(IiifSubmission.SCAN_WIDTH);
        assertThat(opened.at("/canvases/0/bodies/0/type").asText()).isEqualTo("Image");
        assertThat(opened.at("/canvases/0/bodies/0/services/0").asText()).isEqualTo(base + "/iiif/3/" + scanId);
    }

    @Test
    void theParserFindsEveryPageOfAPdfAndTheRecordingsDuration() throws Exception {
        JsonNode pdf = open(pdfId);
        assertThat(pdf.get("warnings")).isEmpty();
        assertThat(pdf.get("canvases")).hasSize(3);
        assertThat(pdf.at("/canvases/1/bodies/0/services/0").asText()).isEqualTo(base + "/iiif/3/" + pdfId + "~p2");
        JsonNode song = open(songId);
        assertThat(song.get("warnings")).isEmpty();
        assertThat(song.at("/canvases/0/duration").asDouble()).isBetween(1.9, 2.1);
        assertThat(song.at("/canvases/0/bodies/0/type").asText()).isEqualTo("Sound");
    }

    private static JsonNode open(String recordId) throws Exception {
        assertThat(PARSER.resolve("dist/index.cjs")).as("fetched by the build").exists();
        Path manifest = Files.createTempFile(temp, "manifest", ".json");
        Files.write(manifest, get("/iiif/3/" + recordId + "/manifest").body());
        Path script = Path.of(IiifParserIT.class.getResource("/iiif/open-manifest.cjs").toURI());
        Process node = new ProcessBuilder("node", script.toString(), PARSER.toString(), manifest.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return JSON.readTree(out);
    }
}

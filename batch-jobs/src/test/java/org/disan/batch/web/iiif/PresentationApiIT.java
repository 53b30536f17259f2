package org.disan.batch.web.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manifests and collections of really ingested records, checked against the Presentation 3 schema. */
class PresentationApiIT extends IiifArchive {

    @Test
    void theScansManifestDescribesItInItsLanguageAndPaintsItWithTheImageService() throws Exception {
        JsonNode manifest = valid("/iiif/3/" + scanId + "/manifest");
        assertThat(manifest.get("id").asText()).isEqualTo(base + "/iiif/3/" + scanId + "/manifest");
        assertThat(manifest.at("/label/vi/0").asText()).isEqualTo("Bản đồ phố cổ Hà Nội");
        assertThat(manifest.at("/summary/vi/0").asText()).isEqualTo("Bản quét bản đồ các phố nghề");
        assertThat(manifest.get("rights").asText()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        manifest.get("metadata").forEach(pair -> {
            labels.add(pair.at("/label/en/0").asText() + " / " + pair.at("/label/vi/0").asText());
            values.add(pair.at("/value/vi/0").asText());
        });
        assertThat(labels).contains("Creator / Tác giả", "Date / Ngày");
        assertThat(values).contains("Viện Viễn Đông Bác Cổ", "1925");
        assertThat(manifest.at("/homepage/0/id").asText()).isEqualTo(base + "/records/" + scanId);
        assertThat(manifest.at("/seeAlso/0/id").asText()).isEqualTo(base + "/api/records/" + scanId);
        assertThat(manifest.at("/thumbnail/0/id").asText()).isEqualTo(base + "/files/" + scanId + "/thumbnail-small");
        assertThat(manifest.get("items")).hasSize(1);
        JsonNode canvas = manifest.at("/items/0");
        assertThat(canvas.get("width").asInt()).isEqualTo(IiifSubmission.SCAN_WIDTH);
        assertThat(canvas.get("height").asInt()).isEqualTo(IiifSubmission.SCAN_HEIGHT);
        assertThat(canvas.at("/items/0/items/0/body/service/0/id").asText()).isEqualTo(base + "/iiif/3/" + scanId);
        assertThat(canvas.at("/items/0/items/0/target").asText()).isEqualTo(canvas.get("id").asText());
    }

    @Test
    void rightsThatAreNoLicenceUriAreARequiredStatement() throws Exception {
        JsonNode manifest = valid("/iiif/3/" + photoId + "/manifest");
        assertThat(manifest.has("rights")).isFalse();
        assertThat(manifest.at("/requiredStatement/value/en/0").asText()).isEqualTo("All rights reserved");
        assertThat(manifest.at("/label/en/0").asText()).isEqualTo("Hoan Kiem Lake at dawn");
    }

    @Test
    void aPdfHasACanvasPerPage() throws Exception {
        JsonNode manifest = valid("/iiif/3/" + pdfId + "/manifest");
        assertThat(manifest.get("items")).hasSize(3);
        assertThat(manifest.at("/items/2/label/en/0").asText()).isEqualTo("Page 3");
        assertThat(manifest.at("/items/2/label/vi/0").asText()).isEqualTo("Trang 3");
        assertThat(manifest.at("/items/2/items/0/items/0/body/service/0/id").asText()).isEqualTo(base + "/iiif/3/" + pdfId + "~p3");
    }

    @Test
    void aRecordingHasATimeBasedCanvas() throws Exception {
        JsonNode manifest = valid("/iiif/3/" + songId + "/manifest");
        JsonNode canvas = manifest.at("/items/0");
        assertThat(canvas.get("duration").asDouble()).isBetween(1.9, 2.1);
        assertThat(canvas.has("width")).isFalse();
        assertThat(canvas.at("/items/0/items/0/body/type").asText()).isEqualTo("Sound");
        assertThat(canvas.at("/items/0/items/0/body/id").asText()).isEqualTo(base + "/files/" + songId + "/original");
    }

    @Test
    void aRestrictedRecordHasNoManifestForVisitors() throws Exception {
        assertThat(get("/iiif/3/" + hiddenId + "/manifest").statusCode()).isEqualTo(404);
        assertThat(get(signedInArchivist(), "/iiif/3/" + hiddenId + "/manifest").statusCode()).isEqualTo(200);
    }

    @Test
    void searchesAndCollectionsAreCollectionsOfManifests() throws Exception {
        JsonNode all = valid("/iiif/3/collection");
        List<String> ids = new ArrayList<>(all.get("items").findValuesAsText("id"));
        assertThat(ids).contains(base + "/iiif/3/" + scanId + "/manifest", base + "/iiif/3/" + pdfId + "/manifest")
                .doesNotContain(base + "/iiif/3/" + hiddenId + "/manifest");
        JsonNode found = valid("/iiif/3/collection?q=" + URLEncoder.encode("phố cổ", StandardCharsets.UTF_8));
        assertThat(found.get("items").findValuesAsText("id")).containsExactly(base + "/iiif/3/" + scanId + "/manifest");
        assertThat(found.at("/label/vi/0").asText()).isEqualTo("Kết quả tìm kiếm cho phố cổ");
        JsonNode collection = valid("/iiif/3/collections/submission");
        assertThat(collection.get("items")).hasSize(4);
    }

    @Test
    void theRecordPageAndTheRecordApiLinkTheManifest() throws Exception {
        String page = new String(get("/records/" + scanId).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/iiif/3/" + scanId + "/manifest\"").contains("/js/deep-zoom.js");
        assertThat(get("/api/records/" + scanId).headers().firstValue("Link"))
                .hasValueSatisfying(link -> assertThat(link).contains("<" + base + "/iiif/3/" + scanId + "/manifest>"));
    }

    @Test
    void theSchemaRefusesWhatIsNoManifest() throws Exception {
        ObjectNode broken = (ObjectNode) json("/iiif/3/" + scanId + "/manifest");
        broken.remove("label");
        broken.put("colour", "sepia");
        assertThat(PresentationSchema.problems(broken)).isNotEmpty();
    }

    private static JsonNode valid(String path) throws Exception {
        JsonNode document = json(path);
        assertThat(PresentationSchema.problems(document)).as(path).isEmpty();
        return document;
    }
}

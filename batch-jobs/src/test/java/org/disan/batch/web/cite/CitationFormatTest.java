package org.disan.batch.web.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationFormatTest {

    private static final CitedWork CA_TRU = new CitedWork("a1b2c3d4e5f6a7b8", "Ca trù – lối hát {cổ} & 100% Thăng Long",
            List.of("Nguyễn Văn An", "Trần, Thị Bích"), "1982-07-15T10:00:00Z", "Sound",
            "https://archive.example/records/a1b2c3d4e5f6a7b8", "vi", List.of("ca trù", "âm nhạc"),
            "Bản thu\ngiới thiệu ca trù.", "disan heritage archive");
    private static final CitedWork UNDATED = new CitedWork("ffff0000ffff0000", "Bản đồ", List.of(), "khoảng 1960",
            "StillImage", "https://archive.example/records/ffff0000ffff0000", null, List.of(), null, "disan");

    @Test
    void risHasOneTaggedBlockPerWorkWithItsTypeAuthorsAndLink() {
        String ris = CitationFormat.RIS.write(List.of(CA_TRU, UNDATED));

        assertThat(ris).startsWith("TY  - SOUND\r\n").contains("AU  - Nguyễn Văn An\r\n", "AU  - Trần, Thị Bích\r\n",
                "PY  - 1982\r\n", "DA  - 1982/07/15\r\n", "AB  - Bản thu giới thiệu ca trù.\r\n",
                "UR  - https://archive.example/records/a1b2c3d4e5f6a7b8\r\n", "TY  - ART\r\n", "DA  - khoảng 1960\r\n");
        assertThat(ris.split("ER  - \r\n", -1)).hasSize(3);
    }

    @Test
    void bibtexEscapesWhatBibtexReadsAsCommandsAndKeepsNamesWhole() {
        String bib = CitationFormat.BIBTEX.write(List.of(CA_TRU));

        assertThat(bib).startsWith("@misc{disan-a1b2c3d4e5f6,")
                .contains("title = {Ca trù – lối hát \\{cổ\\} \\& 100\\% Thăng Long},")
                .contains("author = {{Nguyễn Văn An} and {Trần, Thị Bích}},")
                .contains("year = {1982},", "date = {1982-07-15},");
    }

    @Test
    void cslJsonIsAnArrayOfItemsCiteprocReads() throws Exception {
        JsonNode items = new ObjectMapper().readTree(CitationFormat.CSL_JSON.write(List.of(CA_TRU, UNDATED)));

        assertThat(items.isArray()).isTrue();
        assertThat(items.get(0).get("type").asText()).isEqualTo("song");
        assertThat(items.get(0).get("author").get(1).get("literal").asText()).isEqualTo("Trần, Thị Bích");
        assertThat(items.get(0).get("issued").get("date-parts").get(0)).hasSize(3);
        assertThat(items.get(1).get("type").asText()).isEqualTo("graphic");
        assertThat(items.get(1).get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(1960);
        assertThat(items.get(1).has("author")).isFalse();
    }

    @Test
    void formatsAreFoundByTheExtensionTheirLinksEndWith() {
        assertThat(CitationFormat.byExtension("bib")).contains(CitationFormat.BIBTEX);
        assertThat(CitationFormat.byExtension("exe")).isEmpty();
    }
}

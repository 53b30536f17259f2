package org.disan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataSheetTest {

    @Test
    void sheetHasTheCollectionHeaderAndNamesEveryFile() throws IOException {
        // given the generated sheet
        List<String> lines = Files.readAllLines(SmallCorpus.folder().resolve("metadata.csv"), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = CsvRows.read(SmallCorpus.folder().resolve("metadata.csv"));

        // then it has the sample collection's header and one row per file, no more, no less
        assertThat(lines.get(0)).isEqualTo("file,identifier,title,creator,date,subject,coverage,language,rights,description,type,access");
        assertThat(rows.stream().map(row -> row.get("file")))
                .containsExactlyInAnyOrderElementsOf(SmallCorpus.manifest().files().stream().map(ManifestEntry::file).toList());
        assertThat(rows.stream().map(row -> row.get("identifier")).distinct()).hasSize(rows.size());
    }

    @Test
    void rowsCarryDublinCoreValuesInNfc() {
        // given every row of the sheet, matched to the manifest
        Map<String, Map<String, String>> catalogue = SmallCorpus.catalogue();

        for (ManifestEntry entry : SmallCorpus.manifest().files()) {
            Map<String, String> row = catalogue.get(entry.file());
            // then each row is typed after its file, dated, multi-valued with " | ", and NFC throughout
            assertThat(row.get("type")).isEqualTo(entry.kind().dcmiType());
            assertThat(row.get("date")).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.get("access")).isIn("public", "restricted");
            assertThat(row.get("language")).matches("(vi|en)( \\| (vi|en))?");
            assertThat(row.get("subject")).contains(" | ");
            assertThat(row.get("coverage")).contains("Hà Nội");
            assertThat(row.values()).allSatisfy(value -> {
                assertThat(value).isNotBlank();
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).isTrue();
            });
        }
    }

    @Test
    void cellsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(MetadataSheet.cell("Hà Nội")).isEqualTo("Hà Nội");
        assertThat(MetadataSheet.cell("Hoàn Kiếm, Hà Nội")).isEqualTo("\"Hoàn Kiếm, Hà Nội\"");
        assertThat(MetadataSheet.cell("the \"thirty-six\" streets")).isEqualTo("\"the \"\"thirty-six\"\" streets\"");
        assertThat(CsvRows.parse("a,\"b, \"\"c\"\"\",d\n")).containsExactly(List.of("a", "b, \"c\"", "d"));
    }
}

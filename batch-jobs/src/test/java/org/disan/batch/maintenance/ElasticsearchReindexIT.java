package org.disan.batch.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.cli.ReportPaths;
import org.disan.batch.data.DataFolder;
import org.disan.ingest.store.ArchiveStore;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disan reindex --es-url} against the Elasticsearch server that the build starts: the
 * archive ingested into Elasticsearch is rebuilt from the store into a new index, the alias moves
 * to it, the index before is gone, and searches still find the records.
 */
class ElasticsearchReindexIT {

    private static final int FILES = 12;

    @TempDir
    Path temp;

    private String esUrl;
    private String alias;
    private DataFolder data;

    @BeforeEach
    void ingestIntoElasticsearch() throws Exception {
        esUrl = System.getProperty("disan.test.es.url");
        assertThat(esUrl).as("disan.test.es.url (set by 'mvn verify', which starts the server)")
                .isNotBlank().doesNotContain("${");
        alias = ("disan-it-reindex-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        Path submission = Files.createDirectories(temp.resolve("letters"));
        for (int i = 1; i <= FILES; i++) {
            Files.writeString(submission.resolve("letter-%02d.txt".formatted(i)),
                    "Thư số " + i + " gửi phố Hàng Bạc, Hà Nội.");
        }
        data = new DataFolder(temp.resolve("data"));
        CommandLineRun ingest = CommandLineRun.of("ingest", "--ocr", "off", "--parse-in-process",
                "--data", data.root().toString(), "--es-url", esUrl, "--es-index", alias, submission.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @AfterEach
    void deleteTheIndexes() {
        try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(settings())) {
            index.aliases().indicesBehind(alias).forEach(index.aliases()::deleteIndex);
        }
    }

    @Test
    void reindexBuildsANewIndexSwitchesTheAliasAndDropsTheOldOne() throws Exception {
        // given the index the alias points at after the ingest
        Set<String> before = indicesBehindTheAlias();
        assertThat(before).hasSize(1);
        String old = before.iterator().next();

        // when reindexing from the store
        CommandLineRun reindex = CommandLineRun.of("reindex", "--data", data.root().toString(),
                "--es-url", esUrl, "--es-index", alias);

        // then the alias points at one new index holding every stored record, and the old one is gone
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        Set<String> after = indicesBehindTheAlias();
        assertThat(after).hasSize(1).doesNotContain(old);
        String fresh = after.iterator().next();
        long stored;
        try (var records = new ArchiveStore(data.store()).records()) {
            stored = records.count();
        }
        assertThat(stored).isEqualTo(FILES);
        try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(settings())) {
            assertThat(index.countIn(fresh)).isEqualTo(stored);
            assertThat(index.count()).isEqualTo(stored);
            assertThat(index.aliases().indicesBehind(old)).isEmpty();
        }
        assertThat(reindex.out()).contains("Reindexed " + FILES + " records into " + fresh)
                .contains("index before: " + old);
        // and searching through the alias still finds the records, without diacritics too
        CommandLineRun search = CommandLineRun.of("search", "--json", "--limit", "50", "--data", data.root().toString(),
                "--es-url", esUrl, "--es-index", alias, "hang bac");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(new ObjectMapper().readTree(search.out()).get("hits")).hasSize(FILES);
        // and the run's report says what it did, as JSON and as a page named in the output
        JsonNode report = new ObjectMapper().readTree(ReportPaths.json(reindex.out()).toFile());
        assertThat(report.get("recordsRead").asLong()).isEqualTo(FILES);
        assertThat(report.get("indexed").asLong()).isEqualTo(FILES);
        assertThat(report.get("failed").asLong()).isZero();
        assertThat(report.get("oldIndex").asText()).isEqualTo(old);
        assertThat(report.get("newIndex").asText()).isEqualTo(fresh);
        assertThat(report.get("switched").asBoolean()).isTrue();
        assertThat(ReportPaths.page(reindex.out())).hasParent(data.reports()).content().contains("<th>Indexed</th><td>" + FILES + "</td>")
                .contains(old).contains(fresh);
    }

    private Set<String> indicesBehindTheAlias() {
        try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(settings())) {
            return index.aliases().indicesBehind(alias);
        }
    }

    private ElasticsearchSettings settings() {
        return ElasticsearchSettings.of(esUrl).withIndexName(alias);
    }
}

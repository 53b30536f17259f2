package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.disan.batch.cli.CommandLineRun;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.web.WebApplication;
import org.disan.search.ArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commands pointed at the Elasticsearch server that the build starts: the sample collection is
 * ingested once into the embedded index and once into Elasticsearch, and both answer alike.
 */
class ElasticsearchCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static String esUrl;
    static String alias;
    static Path samples;
    static DataFolder luceneData;
    static DataFolder esData;
    static CommandLineRun luceneIngest;
    static CommandLineRun esIngest;

    @BeforeAll
    static void ingestTheSamplesIntoBothBackends() throws Exception {
        esUrl = System.getProperty("disan.test.es.url");
        assertThat(esUrl).as("disan.test.es.url (set by 'mvn verify', which starts the server)")
                .isNotBlank().doesNotContain("${");
        alias = ("disan-it-commands-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        samples = Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city")).toAbsolutePath().normalize();
        luceneData = new DataFolder(temp.resolve("lucene"));
        esData = new DataFolder(temp.resolve("es"));

        luceneIngest = CommandLineRun.of("ingest", "--data", luceneData.root().toString(), samples.toString());
        esIngest = CommandLineRun.of("ingest", "--data", esData.root().toString(),
                "--es-url", esUrl, "--es-index", alias, samples.toString());
    }

    @AfterAll
    static void deleteTheIndex() {
        if (alias == null) {
            return;
        }
        try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(settings())) {
            for (String name : index.aliases().indicesBehind(alias)) {
                index.aliases().deleteIndex(name);
            }
        }
    }

    @Test
    void theIngestIntoElasticsearchIndexesEveryRecordThereAndNothingLocally() {
        assertThat(luceneIngest.exitCode()).as(luceneIngest.err()).isZero();
        assertThat(esIngest.exitCode()).as(esIngest.err()).isZero();
        assertThat(esIngest.err()).contains("Indexing into the Elasticsearch index " + alias + " at " + esUrl);
        assertThat(esIngest.out()).contains("failed        0");

        long embedded = count(luceneData, IndexSelection.embedded());
        assertThat(embedded).isGreaterThanOrEqualTo(10);
        assertThat(count(esData, IndexSelection.of(settings()))).isEqualTo(embedded);
        assertThat(esData.index()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha noi", "chieu doi do", "craft villages", "thap rua"})
    void searchAnswersWithTheSameTopHitsAsTheEmbeddedIndex(String query) throws Exception {
        List<String> embedded = ids(search(query, "--data", luceneData.root().toString()));
        List<String> elastic = ids(search(query, "--data", esData.root().toString(), "--es-url", esUrl, "--es-index", alias));

        assertThat(embedded).isNotEmpty();
        assertThat(elastic).containsExactlyElementsOf(embedded);
    }

    @Test
    void haNoiFindsTheHaNoiDocumentInElasticsearch() throws Exception {
        assertThat(files(search("ha noi", "--limit", "3", "--es-url", esUrl, "--es-index", alias)))
                .contains("hanoi-thanh-pho-sang-tao.pdf");
    }

    @Test
    void restrictedRecordsInElasticsearchAreFoundOnlyWithAll() throws Exception {
        assertThat(files(search("ca tru", "--limit", "20", "--es-url", esUrl, "--es-index", alias)))
                .doesNotContain("ca-tru-gioi-thieu.mp3");
        assertThat(files(search("ca tru", "--all", "--limit", "20", "--es-url", esUrl, "--es-index", alias)))
                .contains("ca-tru-gioi-thieu.mp3");
    }

    @Test
    void theWebArchiveSearchesElasticsearch() throws Exception {
        ConfigurableApplicationContext server = WebApplication.start(esData, IndexSelection.of(settings()), 0);
        try {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/?q=" + URLEncoder.encode("ha noi", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).containsPattern("<a href=\"/records/[0-9a-f]{64}[?\"]");
            assertThat(page.body()).contains(SampleSheet.read(samples.resolve("metadata.csv"))
                    .byFile("documents/hanoi-thanh-pho-sang-tao.pdf").title());
        } finally {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "ingest"})
    void anUnreachableServerIsOneLineAndAFailure(String command) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort;
        Path data = temp.resolve("unreachable-" + command);

        CommandLineRun run = CommandLineRun.of(command, "--data", data.toString(), "--es-url", unreachable,
                command.equals("ingest") ? samples.toString() : "ha noi");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().filter(line -> line.startsWith("disan:")).toList();
        assertThat(lines).containsExactly(lines.get(0));
        assertThat(lines.get(0)).startsWith("disan: cannot open the Elasticsearch index disan at " + unreachable + ": ")
                .contains("Connection refused");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("unexpected error");
    }

    private static ElasticsearchSettings settings() {
        return ElasticsearchSettings.of(esUrl).withIndexName(alias);
    }

    private static long count(DataFolder data, IndexSelection selection) {
        try (ArchiveIndex index = ArchiveIndexes.open(data, selection)) {
            return index.count();
        }
    }

    private static JsonNode search(String query, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--json"));
        args.addAll(List.of(options));
        args.add(query);
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static List<String> files(JsonNode result) {
        List<String> files = new ArrayList<>();
        result.get("hits").forEach(hit -> files.add(hit.get("originalFileName").asText()));
        return files;
    }
}

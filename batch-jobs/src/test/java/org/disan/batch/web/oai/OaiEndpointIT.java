package org.disan.batch.web.oai;

import static org.assertj.core.api.Assertions.assertThat;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disan.batch.data.DataFolder;
import org.disan.batch.web.WebApplication;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code /oai} on {@code disan serve}: open to everyone, GET and POST (no CSRF token), XML in
 * UTF-8, and a 1,000-record archive harvested over HTTP by GDCC's harvester, every answer valid.
 */
class OaiEndpointIT {

    @TempDir
    static Path data;
    static ConfigurableApplicationContext server;
    static String base;
    static List<ArchiveRecord> archive;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        archive = OaiHarvestTest.archive(1000, Instant.parse("2026-11-20T09:00:00Z"));
        try (LuceneArchiveIndex index = LuceneArchiveIndex.inDataFolder(data)) {
            index.index(archive);
        }
        server = WebApplication.start(new DataFolder(data), 0, Map.of());
        base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void answersGetAndPostAsUtf8XmlWithoutSigningIn() throws Exception {
        HttpResponse<byte[]> get = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oai?verb=Identify")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
        OaiSchemas.assertValid(get.body());
        assertThat(new String(get.body(), StandardCharsets.UTF_8)).contains("<baseURL>" + base + "/oai</baseURL>");

        HttpResponse<byte[]> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=ListSets")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(200);
        OaiSchemas.assertValid(post.body());
        assertThat(new String(post.body(), StandardCharsets.UTF_8)).contains("<setSpec>collection:ca-tru</setSpec>");

        HttpResponse<byte[]> bad = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oai?verb=Nope")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bad.statusCode()).isEqualTo(200);
        OaiSchemas.assertValid(bad.body());
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("code=\"badVerb\"");
    }

    @Test
    void theHarvesterTakesEveryPublicRecordOverHttp() throws Exception {
        OAIClient http = OAIClient.newBuilder().withBaseUrl(base + "/oai").build();
        OAIClient validating = new OAIClient() {
            @Override
            public InputStream execute(Parameters parameters) throws io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException {
                try (InputStream in = http.execute(parameters)) {
                    byte[] answer = in.readAllBytes();
                    OaiSchemas.assertValid(answer);
                    return new ByteArrayInputStream(answer);
                } catch (java.io.IOException e) {
                    throw new io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException(e);
                }
            }
        };
        ServiceProvider harvester = new ServiceProvider(new Context().withBaseUrl(base + "/oai")
                .withGranularity(Granularity.Second)
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC)
                .withOAIClient(validating));
        Set<String> harvested = new HashSet<>();
        int count = 0;
        for (Iterator<Record> records = harvester.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"));
                records.hasNext(); count++) {
            harvested.add(records.next().getHeader().getIdentifier());
        }
        assertThat(count).isEqualTo(harvested.size());
        assertThat(harvested).isEqualTo(OaiHarvestTest.publicIds(archive));
    }
}

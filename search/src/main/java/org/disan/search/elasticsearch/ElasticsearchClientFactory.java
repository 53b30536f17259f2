package org.disan.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.disan.ingest.model.RecordJson;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds the official Java client for {@link ElasticsearchSettings}: URL, authentication, TLS. */
public final class ElasticsearchClientFactory {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int SOCKET_TIMEOUT_MS = 60_000;

    private ElasticsearchClientFactory() {}

    /** A client for the settings; close it with {@code client._transport().close()}. */
    public static ElasticsearchClient create(ElasticsearchSettings settings) {
        HttpHost host = HttpHost.create(settings.url().toString());
        RestClientBuilder builder = RestClient.builder(host)
                .setDefaultHeaders(authorization(settings))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(CONNECT_TIMEOUT_MS)
                        .setSocketTimeout(SOCKET_TIMEOUT_MS));
        if (settings.usesTls() && settings.caCertificate() != null) {
            SSLContext ssl = trusting(settings);
            builder.setHttpClientConfigCallback(http -> http.setSSLContext(ssl));
        }
        RestClientTransport transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper(RecordJson.mapper()));
        return new ElasticsearchClient(transport);
    }

    // Preemptive headers: a challenge round trip per request would double every bulk call.
    private static Header[] authorization(ElasticsearchSettings settings) {
        List<Header> headers = new ArrayList<>();
        if (settings.apiKey() != null) {
            headers.add(new BasicHeader("Authorization", "ApiKey " + settings.apiKey()));
        } else if (settings.username() != null) {
            String pair = settings.username() + ":" + settings.password();
            String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
            headers.add(new BasicHeader("Authorization", "Basic " + encoded));
        }
        return headers.toArray(Header[]::new);
    }

    private static SSLContext trusting(ElasticsearchSettings settings) {
        try (InputStream pem = Files.newInputStream(settings.caCertificate())) {
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trustStore.setCertificateEntry("ca-" + n++, certificate);
            }
            if (n == 0) {
                throw new IllegalArgumentException("no certificate in " + settings.caCertificate());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, trust.getTrustManagers(), null);
            return ssl;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA certificate " + settings.caCertificate(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the CA certificate " + settings.caCertificate()
                    + ": " + e.getMessage(), e);
        }
    }
}

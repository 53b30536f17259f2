package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.search.elasticsearch.ElasticsearchArchiveIndex;
import org.disan.search.elasticsearch.ElasticsearchSettings;

/**
 * What a manager and its {@code disan worker} processes share in a test: a PostgreSQL job
 * repository schema, a RabbitMQ queue and an Elasticsearch alias on the build's server, each of the
 * test's own, and the workers the test starts. Closing it kills the workers and deletes the rest.
 */
final class RemoteIngestServices implements AutoCloseable {

    static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";

    private final String queue = "disan-it-" + UUID.randomUUID();
    private final String alias;
    private final String esUrl;
    private final TestJobRepository jobRepository;
    private final List<DisanProcess> workers = new ArrayList<>();

    private RemoteIngestServices(String alias, String esUrl, TestJobRepository jobRepository) {
        this.alias = alias;
        this.esUrl = esUrl;
        this.jobRepository = jobRepository;
    }

    static RemoteIngestServices open(String aliasPrefix) throws Exception {
        String esUrl = System.getProperty("disan.test.es.url");
        assertThat(esUrl).as("disan.test.es.url (set by 'mvn verify', which starts the server)")
                .isNotBlank().doesNotContain("${");
        String alias = (aliasPrefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        return new RemoteIngestServices(alias, esUrl, TestJobRepository.of("postgresql"));
    }

    TestJobRepository jobRepository() {
        return jobRepository;
    }

    ElasticsearchSettings esSettings() {
        return ElasticsearchSettings.of(esUrl).withIndexName(alias);
    }

    IndexSelection index() {
        return IndexSelection.of(esSettings());
    }

    /** Starts a {@code disan worker} and waits until it is ready; closing the services kills it. */
    DisanProcess startWorker(DataFolder data, Path log, Duration patience) throws Exception {
        DisanProcess worker = DisanProcess.start(log, worker(data));
        workers.add(worker);
        worker.awaitOutput(Pattern.compile("Worker ready"), patience);
        return worker;
    }

    /** The workers started so far, in order. */
    List<DisanProcess> workers() {
        return List.copyOf(workers);
    }

    private String[] worker(DataFolder data) {
        return jobRepository.withOption("worker", "--data", data.root().toString(), "--es-url", esUrl,
                "--es-index", alias, "--rabbitmq", BROKER, "--queue", queue);
    }

    /** The arguments of an ingest that sends its partitions to the workers. */
    String[] manager(DataFolder data, Path submission, int partitions) {
        return jobRepository.withOption("ingest", "--remote-workers", "--threads", String.valueOf(partitions),
                "--ocr", "off", "--data", data.root().toString(), "--es-url", esUrl, "--es-index", alias,
                "--rabbitmq", BROKER, "--queue", queue, submission.toString());
    }

    @Override
    public void close() throws Exception {
        workers.forEach(DisanProcess::close);
        try {
            ConnectionFactory broker = new ConnectionFactory();
            broker.setUri(BROKER);
            try (Connection connection = broker.newConnection(); Channel channel = connection.createChannel()) {
                channel.queueDelete(queue);
            }
            try (ElasticsearchArchiveIndex index = ElasticsearchArchiveIndex.open(esSettings())) {
                for (String name : index.aliases().indicesBehind(alias)) {
                    index.aliases().deleteIndex(name);
                }
            }
        } finally {
            jobRepository.close();
        }
    }
}

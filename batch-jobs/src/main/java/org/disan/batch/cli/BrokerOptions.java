package org.disan.batch.cli;

import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.batch.data.JobRepositoryLocation;
import org.disan.batch.ingest.remote.RemotePartitioning;
import picocli.CommandLine.Option;

/**
 * The RabbitMQ broker and queue through which an ingest manager and its {@code disan worker}
 * processes exchange partitions, and what both sides require of the rest of the setup.
 */
public class BrokerOptions {

    @Option(names = "--rabbitmq", paramLabel = "URL", defaultValue = "${env:DISAN_RABBITMQ_URL:-"
            + RemotePartitioning.DEFAULT_BROKER + "}",
            description = "RabbitMQ broker for partitions (default: $DISAN_RABBITMQ_URL, else "
                    + RemotePartitioning.DEFAULT_BROKER + ").")
    private String brokerUrl;

    @Option(names = "--queue", paramLabel = "NAME", defaultValue = "${env:DISAN_QUEUE:-"
            + RemotePartitioning.DEFAULT_QUEUE + "}",
            description = "Queue the partitions go through; manager and workers must agree "
                    + "(default: $DISAN_QUEUE, else " + RemotePartitioning.DEFAULT_QUEUE + ").")
    private String queue;

    RemotePartitioning as(RemotePartitioning.Role role) {
        if (!brokerUrl.startsWith("amqp://") && !brokerUrl.startsWith("amqps://")) {
            throw new UserInputException("--rabbitmq must be an amqp:// or amqps:// URL, not " + brokerUrl);
        }
        return new RemotePartitioning(role, brokerUrl, queue);
    }

    /**
     * Workers in other processes share the job repository, so it must be a database server; and
     * they write into the index, which the embedded Lucene index allows one process at a time.
     */
    static void checkShareable(JobRepositoryLocation repository, IndexSelection index, DataFolder dataFolder) {
        if (!repository.url().startsWith("jdbc:postgresql:")) {
            throw new UserInputException("remote workers need a shared PostgreSQL job repository: give "
                    + "--job-repository jdbc:postgresql://HOST:5432/DB (or $" + JobRepositoryLocation.URL_VARIABLE + ")");
        }
        if (index.isEmbedded()) {
            throw new UserInputException("remote workers index into Elasticsearch, not the embedded index of "
                    + dataFolder.root() + ": give --es-url URL (or $DISAN_ES_URL)");
        }
    }
}

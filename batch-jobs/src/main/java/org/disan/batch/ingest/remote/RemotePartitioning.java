package org.disan.batch.ingest.remote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a process takes part in remote partitioning: as the manager, which sends an ingest's
 * partitions to a queue, or as a worker, which runs the partitions it takes from the queue.
 * Both talk to the same RabbitMQ broker and queue, and share the job repository and data folder.
 */
public record RemotePartitioning(Role role, String brokerUrl, String queue) {

    public enum Role { MANAGER, WORKER }

    public static final String ROLE_PROPERTY = "disan.remote.role";
    static final String QUEUE_PROPERTY = "disan.remote.queue";
    public static final String DEFAULT_QUEUE = "disan.ingest.partitions";
    public static final String DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672";

    /** Spring properties for a context that plays this part. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ROLE_PROPERTY, role.name().toLowerCase(Locale.ROOT));
        properties.put(QUEUE_PROPERTY, queue);
        properties.put("spring.rabbitmq.addresses", brokerUrl);
        if (role == Role.WORKER) {
            // The manager creates the job repository's tables; workers starting together must not race to.
            properties.put("spring.batch.jdbc.initialize-schema", "never");
            // A stopping worker lets its partition finish the chunk it is in before the context closes.
            properties.put("spring.lifecycle.timeout-per-shutdown-phase", "5m");
        }
        return properties;
    }

    /** The broker's address for messages, without its password. */
    public String describe() {
        return brokerUrl.replaceAll("//([^:@/]+):[^@/]*@", "//$1:***@") + ", queue " + queue;
    }
}

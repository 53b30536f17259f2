package org.disan.batch.ingest.remote;

import org.springframework.amqp.core.Queue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable queue partition requests wait in. Manager and workers both declare it, so either
 * may start first; a request sent while no worker runs waits for one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemotePartitioning.ROLE_PROPERTY)
class PartitionQueueConfiguration {

    @Bean
    Queue partitionQueue(@Value("${" + RemotePartitioning.QUEUE_PROPERTY + "}") String queue) {
        return new Queue(queue, true);
    }
}

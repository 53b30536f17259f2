package org.disan.batch.ingest.remote;

import java.time.Duration;
import org.disan.batch.ingest.IngestFileRangeStepConfiguration;
import org.disan.batch.ingest.RemotePartitions;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager side of remote partitioning: the file-ingest step sends one request per partition
 * to the broker's queue and then polls the shared job repository until every partition has
 * ended, so workers need no reply queue and a manager restart finds the results there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemotePartitioning.ROLE_PROPERTY, havingValue = "manager")
class RemoteManagerConfiguration {

    private static final Duration POLL = Duration.ofSeconds(1);

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, AmqpTemplate amqpTemplate,
            @Value("${" + RemotePartitioning.QUEUE_PROPERTY + "}") String queue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequestJson::write)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(queue))
                .get();
    }

    @Bean
    RemotePartitions remotePartitions(DirectChannel partitionRequests, JobExplorer jobExplorer) {
        return partitions -> {
            MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
            handler.setStepName(IngestFileRangeStepConfiguration.STEP_NAME);
            handler.setGridSize(partitions);
            handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
            handler.setJobExplorer(jobExplorer);
            handler.setPollInterval(POLL.toMillis());
            return handler;
        };
    }
}

package org.disan.batch.ingest.remote;

import java.io.PrintWriter;
import org.disan.batch.ingest.IngestProgressOutput;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The worker side of remote partitioning: takes one partition request at a time from the queue
 * and runs the ingest's worker step on it against the shared job repository, store and index.
 * A request is acknowledged only once its partition has ended; if the worker dies first, the
 * broker hands the request to another worker, which resumes the partition from its last chunk.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RemotePartitioning.ROLE_PROPERTY, havingValue = "worker")
class RemoteWorkerConfiguration {

    @Bean
    PartitionRunner partitionRunner(JobExplorer jobExplorer, JobRepository jobRepository,
            @Qualifier("ingestFileRangeStep") Step ingestFileRangeStep,
            @Qualifier(IngestProgressOutput.BEAN) PrintWriter out) {
        return new PartitionRunner(jobExplorer, jobRepository, ingestFileRangeStep, out);
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory,
            @Value("${" + RemotePartitioning.QUEUE_PROPERTY + "}") String queue, PartitionRunner partitionRunner) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, queue)
                        // One partition at a time, none held back from the other workers; a
                        // request that cannot even be read is dropped rather than redelivered forever.
                        .configureContainer(container -> container
                                .prefetchCount(1)
                                .concurrentConsumers(1)
                                .defaultRequeueRejected(false)
                                .shutdownTimeout(PartitionRunner.STOP_WAIT.toMillis())))
                .transform(String.class, PartitionRequestJson::read)
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    partitionRunner.run(request);
                    return null;
                })
                .get();
    }
}

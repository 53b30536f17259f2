package org.disan.batch.ingest;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;

/**
 * Boot's auto-configuration as found on the class path, for the ingests that take part in remote
 * partitioning: they need its RabbitMQ and Spring Integration set-up. Not a component, so that
 * scanning never adds it to a local ingest (see {@link IngestApplication}).
 */
@EnableAutoConfiguration(exclude = ThymeleafAutoConfiguration.class)
class EverythingOnTheClassPath {}

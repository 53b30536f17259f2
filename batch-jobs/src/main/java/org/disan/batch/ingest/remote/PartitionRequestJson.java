package org.disan.batch.ingest.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as it travels through the broker: three fields of JSON rather than a
 * serialized Java object, so a worker never deserializes classes named by a message.
 */
final class PartitionRequestJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Fields(String stepName, long jobExecutionId, long stepExecutionId) {}

    private PartitionRequestJson() {}

    static String write(StepExecutionRequest request) {
        try {
            return JSON.writeValueAsString(new Fields(request.getStepName(), request.getJobExecutionId(),
                    request.getStepExecutionId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the partition request " + request, e);
        }
    }

    static StepExecutionRequest read(String json) {
        try {
            Fields fields = JSON.readValue(json, Fields.class);
            return new StepExecutionRequest(fields.stepName(), fields.jobExecutionId(), fields.stepExecutionId());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a partition request: " + json, e);
        }
    }
}

package org.disan.batch.web.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Bucket4j token bucket per client for one kind of request. Only the most recently seen
 * clients are remembered, so a flood from many addresses cannot fill the memory; a forgotten
 * client starts again with a full bucket.
 */
final class ClientBuckets {

    private static final int REMEMBERED_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED_CLIENTS;
        }
    };

    ClientBuckets(int perMinute) {
        this.perMinute = perMinute;
    }

    /** @return zero when the client may go on, else how long it should wait */
    Duration take(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}

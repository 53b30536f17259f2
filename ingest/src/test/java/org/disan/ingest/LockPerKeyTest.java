package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockPerKeyTest {

    /**
     * A lock is dropped when its last user leaves; a thread that was waiting for it when it was
     * dropped must still exclude one that arrives after and finds no lock.
     */
    @Test
    void neverTwoAtOnceForOneKeyWhileTheLockComesAndGoes() throws Exception {
        LockPerKey locks = new LockPerKey();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        locks.run("same-key", () -> {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            inside.decrementAndGet();
                            return null;
                        });
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(mostInside).hasValue(1);
    }

    @Test
    void otherKeysAreNotHeldUp() throws Exception {
        LockPerKey locks = new LockPerKey();

        String inner = locks.run("a", () -> locks.run("b", () -> "both held"));

        assertThat(inner).isEqualTo("both held");
    }
}

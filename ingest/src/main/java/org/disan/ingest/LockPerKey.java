package org.disan.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs work for one key (a record id, a checksum) at a time, while work for other keys goes on.
 * A lock exists only while someone holds or waits for it; callers check again under the lock
 * whether the work is still needed, since another thread may just have done it.
 */
public final class LockPerKey {

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public <T, E extends Exception> T run(String key, Work<T, E> work) throws E {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
            locks.remove(key, lock);
        }
    }
}

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

    /** A key's lock and how many threads hold or wait for it, counted under the map's lock for the key. */
    private static final class Users {
        final ReentrantLock lock = new ReentrantLock();
        int count;
    }

    private final ConcurrentHashMap<String, Users> locks = new ConcurrentHashMap<>();

    public <T, E extends Exception> T run(String key, Work<T, E> work) throws E {
        // Counting users, rather than dropping the lock when its holder leaves, keeps a thread that
        // waited for a lock from running beside one that came later and would find none.
        Users users = locks.compute(key, (k, known) -> {
            Users joined = known == null ? new Users() : known;
            joined.count++;
            return joined;
        });
        users.lock.lock();
        try {
            return work.run();
        } finally {
            users.lock.unlock();
            locks.compute(key, (k, known) -> --known.count == 0 ? null : known);
        }
    }
}

package org.disan.ingest.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Optional;
import java.util.function.Predicate;

/** Native libraries the ingest uses when the machine has them, and does without otherwise. */
public final class NativeLibraries {

    private NativeLibraries() {}

    /**
     * The first of these library names that loads and passes the check, as an API.
     *
     * @param names in order of preference: Debian's runtime packages ship only a versioned name
     *     ({@code libcrypto.so.3}), their development packages add the plain one
     * @param usable a first call that shows the library is the one expected
     */
    public static <T extends Library> Optional<T> firstOf(Class<T> api, Predicate<T> usable, String... names) {
        for (String name : names) {
            try {
                T library = Native.load(name, api);
                if (usable.test(library)) {
                    return Optional.of(library);
                }
            } catch (LinkageError missing) {
                // Try the next name; none found means the caller's own way.
            }
        }
        return Optional.empty();
    }
}

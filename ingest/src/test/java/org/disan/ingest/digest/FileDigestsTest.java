package org.disan.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenSSL's digests, the real library (batch-jobs/bin/setup-machine makes sure it is there),
 * against published test vectors and against the JVM's digests of the same files.
 */
class FileDigestsTest {

    private final FileDigests openSsl = new FileDigests(OpenSslDigest.load());
    private final FileDigests jvm = new FileDigests(Optional.empty());

    @TempDir
    Path temp;

    @Test
    void openSslIsInstalled() {
        assertThat(OpenSslDigest.load()).as("libssl3 is installed").isPresent();
    }

    @Test
    void publishedVectorsOfAbcAndOfNothing() throws IOException {
        Path abc = Files.writeString(temp.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        Path empty = Files.createFile(temp.resolve("empty"));
        for (FileDigests digests : new FileDigests[] {openSsl, jvm}) {
            assertThat(digests.digest(abc, "SHA-256"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(digests.digest(abc, "MD5")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
            assertThat(digests.digest(abc, "SHA-1")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
            assertThat(digests.digest(abc, "SHA-512")).startsWith("ddaf35a193617aba").hasSize(128);
            assertThat(digests.digest(empty, "SHA-256"))
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }

    /** Sizes around the 1 MiB chunk the file is read in, and several chunks with a tail. */
    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12_345})
    void sameDigestsAsTheJvmAtEverySize(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = Files.write(temp.resolve("random-" + size), bytes);
        for (String algorithm : new String[] {"SHA-256", "SHA-512", "SHA-1", "MD5"}) {
            assertThat(openSsl.digest(file, algorithm)).as(algorithm).isEqualTo(jvm.digest(file, algorithm));
        }
    }

    @Test
    void aMissingFileIsAnError() {
        Path missing = temp.resolve("missing");
        assertThatThrownBy(() -> openSsl.digest(missing, "SHA-256")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> jvm.digest(missing, "SHA-256")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anAlgorithmNeitherKnowsIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("a.txt"), "a");
        assertThatThrownBy(() -> openSsl.digest(file, "NO-SUCH-DIGEST"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH-DIGEST");
    }
}

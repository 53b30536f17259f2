package org.disan.batch.web.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

class BoundedCopyTest {

    @TempDir
    Path temp;

    @Test
    void aBodyWithinTheLimitIsCopiedWhole() throws Exception {
        byte[] body = "PK bytes of a small zip".getBytes();

        long written = BoundedCopy.copy(new ByteArrayInputStream(body), temp.resolve("upload.zip"), body.length, Duration.ofMinutes(1));

        assertThat(written).isEqualTo(body.length);
        assertThat(temp.resolve("upload.zip")).hasBinaryContent(body);
    }

    @Test
    void aBodyWithNoEndStopsJustPastTheLimit() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return length;
            }
        };

        assertThatThrownBy(() -> BoundedCopy.copy(endless, temp.resolve("upload.zip"), 100_000, Duration.ofMinutes(1)))
                .isInstanceOf(UploadRefusedException.class)
                .satisfies(e -> assertThat(((UploadRefusedException) e).status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
        assertThat(Files.size(temp.resolve("upload.zip"))).isLessThanOrEqualTo(100_000);
    }
}

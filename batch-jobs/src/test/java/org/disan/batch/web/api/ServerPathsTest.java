package org.disan.batch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerPathsTest {

    @Test
    void anAbsolutePathBecomesTheNameOfItsFile() {
        assertThat(ServerPaths.hide("submission '/srv/disan/data/submissions/.incoming/4b0c/Làng-nghề.zip' cannot be read"))
                .isEqualTo("submission 'Làng-nghề.zip' cannot be read");
        assertThat(ServerPaths.hide("java.nio.file.NoSuchFileException: /tmp/junit-1/data/unpacked/a.zip-f130/ảnh.jpg"))
                .isEqualTo("java.nio.file.NoSuchFileException: ảnh.jpg");
    }

    @Test
    void pathsInsideTheSubmissionAndUrlsStayAsTheyAre() {
        assertThat(ServerPaths.hide("payload file 'data/ảnh/phố cổ.jpg' fails its sha-256 checksum"))
                .isEqualTo("payload file 'data/ảnh/phố cổ.jpg' fails its sha-256 checksum");
        assertThat(ServerPaths.hide("see https://archive.example.org/jobs/7/report")).isEqualTo("see https://archive.example.org/jobs/7/report");
    }
}

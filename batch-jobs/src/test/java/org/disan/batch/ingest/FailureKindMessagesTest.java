package org.disan.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.disan.ingest.FailureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of failure has a name in the web archive's English and Vietnamese messages. */
class FailureKindMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_vi.properties"})
    void everyFailureKindHasAMessage(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            messages.load(in);
        }

        for (FailureKind kind : FailureKind.values()) {
            assertThat(messages.getProperty(kind.messageKey())).as(kind + " in " + file).isNotBlank();
        }
    }
}

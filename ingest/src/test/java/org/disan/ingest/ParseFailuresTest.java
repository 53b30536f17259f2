package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;

class ParseFailuresTest {

    private static final Identification MIF = new Identification("0".repeat(64), 10, "application/vnd.mif", null);

    @Test
    void aParserThatDoesNotLinkIsReportedAsABuildFaultNotABrokenFile() {
        TikaException wrapped = new TikaException("Unexpected RuntimeException from MIFParser",
                new NoClassDefFoundError("org/apache/commons/lang3/Strings"));

        Extraction failed = ParseFailures.of(wrapped, MIF);

        assertThat(failed.failureKind()).isEqualTo(FailureKind.PARSER_LINKAGE);
        assertThat(failed.failure()).contains("cannot run in this build", "org/apache/commons/lang3/Strings")
                .doesNotContain("not a valid");
    }

    @Test
    void encryptedAndBrokenFilesHaveTheirKinds() {
        assertThat(ParseFailures.of(new TikaException("x", new EncryptedDocumentException()), MIF).failureKind())
                .isEqualTo(FailureKind.ENCRYPTED);
        assertThat(ParseFailures.of(new TikaException("bad header"), MIF).failureKind())
                .isEqualTo(FailureKind.INVALID);
    }
}

package org.disan.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveRecordTitleTest {

    private static ArchiveRecord untitled(String originalPath) {
        return new ArchiveRecord("a".repeat(64), DublinCore.EMPTY, null, null, "", null, null, Access.PUBLIC,
                List.of(), new Provenance("nop-2026", originalPath, Instant.EPOCH, null), List.of());
    }

    @Test
    void aFileNameWithControlCharactersNeverBecomesARawTitle() {
        ArchiveRecord record = untitled("anh/\u001b[31mđình\u0007 làng\tHà\u202eNội\u0085.jpg");

        assertThat(record.displayTitle()).isEqualTo("đình làng Hà Nội .jpg");
        assertThat(record.displayTitle().codePoints()).noneMatch(Character::isISOControl);
        assertThat(record.provenance().originalFileName()).contains("\u001b");
    }

    @Test
    void anOrdinaryFileNameIsTheTitleAsItIs() {
        assertThat(untitled("anh/Hồ Gươm (1).jpg").displayTitle()).isEqualTo("Hồ Gươm (1).jpg");
    }
}

package org.disan.batch.web.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BagInfoTest {

    @Test
    void readsALabelledValueWithItsContinuationLines() {
        List<String> lines = List.of("Source-Organization: Bảo tàng Hà Nội", "External-Description: Ảnh và ghi âm",
                "   về phố cổ Hà Nội.", "Bagging-Date: 2024-05-01");

        assertThat(BagInfo.value(lines, "External-Description")).contains("Ảnh và ghi âm về phố cổ Hà Nội.");
        assertThat(BagInfo.value(lines, "external-description")).isPresent();
        assertThat(BagInfo.value(lines, "Contact-Name")).isEmpty();
    }
}

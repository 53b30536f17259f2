package org.disan.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.Derivative;
import org.disan.ingest.model.DerivativeKind;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {

    private static final String ID = "ab12" + "0".repeat(59) + "f";

    @TempDir
    Path data;

    private ArchiveRecord record(String id, String title) {
        DublinCore dc = new DublinCore(null, title, List.of("Bảo tàng"), List.of("gốm"), null, null, List.of(),
                "1802", "Text", "application/pdf", null, "vi", null, List.of("Huế"), null);
        return new ArchiveRecord(id, dc,
                new TechnicalMetadata("application/pdf", null, 3, Map.of("pageCount", "1")),
                Fixity.sha256(id), "Gốm Bát Tràng", "vi", null,
                new Access(AccessLevel.EMBARGOED, java.time.LocalDate.of(2030, 5, 1)),
                List.of(new Derivative(DerivativeKind.THUMBNAIL_SMALL, "objects/ab/12/" + id + "/thumb-200.jpg",
                        "image/jpeg", 200, 150)),
                new Provenance("bao-tang", "tai lieu/gốm.PDF", Instant.parse("2026-11-25T10:15:30Z"), 4L),
                List.of("OCR skipped: tesseract not installed"));
    }

    @Test
    void originalIsStoredUnderItsHashWithItsExtension() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        Path source = Files.writeString(data.resolve("gốm.PDF"), "pdf");

        String path = store.putOriginal(ID, source, "gốm.PDF");

        assertThat(path).isEqualTo("objects/ab/12/" + ID + "/original.pdf");
        assertThat(store.resolve(path)).hasContent("pdf");
        assertThat(store.originalPath(record(ID, "x"))).isEqualTo(store.resolve(path));
    }

    @Test
    void recordIsReadBackEqualAndWritingItTwiceChangesNothing() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        ArchiveRecord record = record(ID, "Gốm Bát Tràng");

        store.writeRecord(record);
        Path json = store.resolve("objects/ab/12/" + ID + "/record.json");
        byte[] first = Files.readAllBytes(json);
        store.writeRecord(record);

        assertThat(store.contains(ID)).isTrue();
        assertThat(store.read(ID)).contains(record);
        assertThat(Files.readAllBytes(json)).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"ingestedAt\" : \"2026-11-25T10:15:30Z\"")
                .contains("\"embargoUntil\" : \"2030-05-01\"");
        try (Stream<Path> files = Files.list(json.getParent())) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("record.json");
        }
    }

    @Test
    void aNewRecordIsWrittenOnlyWhereNoneIsStored() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        ArchiveRecord first = record(ID, "Trống đồng");

        boolean written = store.writeNewRecord(first);
        boolean writtenAgain = store.writeNewRecord(record(ID, "Trống đồng, bản sao"));

        assertThat(written).isTrue();
        assertThat(writtenAgain).isFalse();
        assertThat(store.read(ID)).contains(first);
        try (Stream<Path> files = Files.list(store.resolve("objects/ab/12/" + ID))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("record.json");
        }
    }

    @Test
    void anOriginalThatAStoredRecordNeedsIsNotRemoved() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        String original = store.putOriginal(ID, Files.writeString(data.resolve("a.pdf"), "pdf"), "a.pdf");
        store.writeRecord(record(ID, "Gốm"));

        store.removeOriginal(original);

        assertThat(store.resolve(original)).hasContent("pdf");
    }

    @Test
    void recordsListsEveryStoredRecord() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        String other = "cd34" + "1".repeat(60);
        store.writeRecord(record(ID, "Một"));
        store.writeRecord(record(other, "Hai"));
        Files.createDirectories(store.root().resolve("objects/ee/ff/incomplete"));

        try (Stream<ArchiveRecord> records = store.records()) {
            assertThat(records).extracting(r -> r.dublinCore().title()).containsExactlyInAnyOrder("Một", "Hai");
        }
        assertThat(new ArchiveStore(data.resolve("empty")).records()).isEmpty();
    }

    @Test
    void absentRecordIsEmptyNotAnError() {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));

        assertThat(store.contains(ID)).isFalse();
        assertThat(store.read(ID)).isEmpty();
    }

    @Test
    void pathsOutOfTheStoreAndMalformedIdsAreRefused() {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));

        for (String escape : List.of("../secret", "objects/../../secret", "/etc/passwd", "objects\\..\\x", "", ".")) {
            assertThatThrownBy(() -> store.resolve(escape))
                    .as(escape).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.contains("../../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.resolve("objects/ab/12/x/thumb-200.jpg")).startsWithRaw(store.root());
    }

    @Test
    void aDerivativeIsCommittedOnlyUnderAPlainName() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        Path temp = store.newTempFile(ID, ".jpg");
        Files.writeString(temp, "jpeg");

        assertThatThrownBy(() -> store.commit(ID, temp, "../../escape.jpg"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.commit(ID, temp, "thumb-200.jpg")).isEqualTo("objects/ab/12/" + ID + "/thumb-200.jpg");
        assertThat(temp).doesNotExist();
    }

    @Test
    void temporaryFilesAreNewHiddenFilesInTheObjectsFolder() throws IOException {
        ArchiveStore store = new ArchiveStore(data.resolve("store"));
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            Path temp = store.newTempFile(ID, ".jpg");
            assertThat(temp).exists().isEmptyFile();
            assertThat(temp.getParent()).isEqualTo(store.root().resolve("objects/ab/12/" + ID));
            assertThat(temp.getFileName().toString()).startsWith(".tmp-").endsWith(".jpg");
            made.add(temp);
        }
        assertThat(made).hasSize(200);
    }
}

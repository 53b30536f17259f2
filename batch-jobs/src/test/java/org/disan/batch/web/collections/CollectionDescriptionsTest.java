package org.disan.batch.web.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.disan.batch.data.DataFolder;
import org.disan.batch.ingest.BagInfoKeeper;
import org.disan.batch.ingest.SubmissionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a collection's description comes from: the archive's collections.csv, else the bag's own bag-info.txt. */
class CollectionDescriptionsTest {

    @TempDir
    Path temp;

    @Test
    void aScannedBagsDescriptionIsKeptAndDescribesItsCollection() throws Exception {
        Path bag = bag("pho-co-2024", "External-Description: Ảnh phố cổ Hà Nội,\n  chụp năm 2024.\nBagging-Date: 2024-05-01\n");
        DataFolder data = new DataFolder(temp.resolve("data"));

        new BagInfoKeeper(new SubmissionSource(bag, data.unpacked(), null), data.collections()).afterStep(null);

        assertThat(new CollectionDescriptions(data).of("pho-co-2024")).contains("Ảnh phố cổ Hà Nội, chụp năm 2024.");
        assertThat(new CollectionDescriptions(data).of("other")).isEmpty();
    }

    @Test
    void theArchivesSheetWinsOverTheBagAndIsMatchedWithoutRegardToCaseOrComposition() throws Exception {
        Path bag = bag("Lang-Nghe", "External-Description: from the bag\n");
        DataFolder data = new DataFolder(temp.resolve("data"));
        new BagInfoKeeper(new SubmissionSource(bag, data.unpacked(), null), data.collections()).afterStep(null);
        Files.writeString(data.root().resolve("collections.csv"),
                "Collection,Description,curator\nlang-nghe,\"Làng nghề, từ bảng của kho\",Lan\n"
                        + java.text.Normalizer.normalize("Hà Nội", java.text.Normalizer.Form.NFD) + ",Thủ đô,\n",
                StandardCharsets.UTF_8);

        CollectionDescriptions descriptions = new CollectionDescriptions(data);

        assertThat(descriptions.of("Lang-Nghe")).contains("Làng nghề, từ bảng của kho");
        assertThat(descriptions.of("Hà Nội")).contains("Thủ đô");
    }

    @Test
    void aFolderThatIsNotABagKeepsNothingAndNamesCannotLeaveTheFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(folder.resolve("a.txt"), "chữ");
        Files.writeString(folder.resolve("bag-info.txt"), "External-Description: not a bag\n");
        DataFolder data = new DataFolder(temp.resolve("data"));

        new BagInfoKeeper(new SubmissionSource(folder, data.unpacked(), null), data.collections()).afterStep(null);

        assertThat(Files.exists(data.collections())).isFalse();
        assertThat(new CollectionDescriptions(data).of("../plain")).isEmpty();
    }

    private Path bag(String name, String bagInfo) throws Exception {
        Path bag = Files.createDirectories(temp.resolve(name));
        Path payload = Files.createDirectories(bag.resolve("data"));
        byte[] content = "Ghi chú về làng nghề.".getBytes(StandardCharsets.UTF_8);
        Files.write(payload.resolve("ghi-chu.txt"), content);
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        Files.writeString(bag.resolve("bag-info.txt"), bagInfo, StandardCharsets.UTF_8);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Files.writeString(bag.resolve("manifest-sha256.txt"), digest + "  data/ghi-chu.txt\n");
        return bag;
    }
}

package org.disan.batch.web.collections;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.disan.batch.data.DataFolder;
import org.springframework.stereotype.Component;

/**
 * What the archive says about each collection, read from the data folder when asked (so an
 * archivist's edit shows at once): {@code collections.csv} with the columns {@code collection}
 * and {@code description}, else the {@code External-Description} of a bag's {@code bag-info.txt}
 * kept as {@code collections/<collection>/bag-info.txt}.
 */
@Component
public class CollectionDescriptions {

    static final String SHEET = "collections.csv";
    private static final String BAG_DESCRIPTION = "External-Description";

    private final Path root;
    private final Path kept;

    public CollectionDescriptions(DataFolder data) {
        this.root = data.root();
        this.kept = data.collections();
    }

    public Optional<String> of(String collection) {
        String key = key(collection);
        return Optional.ofNullable(fromSheet().get(key)).or(() -> fromBagInfo(collection));
    }

    private Map<String, String> fromSheet() {
        Path sheet = root.resolve(SHEET);
        Map<String, String> descriptions = new HashMap<>();
        if (!Files.isRegularFile(sheet)) {
            return descriptions;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(sheet, StandardCharsets.UTF_8);
                var rows = format.parse(reader)) {
            for (CSVRecord row : rows) {
                if (row.isMapped("collection") && row.isMapped("description") && !row.get("description").isBlank()) {
                    descriptions.put(key(row.get("collection")), row.get("description"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sheet, e);
        }
        return descriptions;
    }

    /** A bag's own description, for the collection named after the bag. */
    private Optional<String> fromBagInfo(String collection) {
        Path bagInfo = kept.resolve(collection).normalize().resolve("bag-info.txt");
        if (!bagInfo.startsWith(kept) || !bagInfo.getParent().getParent().equals(kept) || !Files.isRegularFile(bagInfo)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(bagInfo, StandardCharsets.UTF_8)) {
            return BagInfo.value(lines.toList(), BAG_DESCRIPTION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + bagInfo, e);
        }
    }

    private static String key(String collection) {
        return Normalizer.normalize(collection.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}

package org.disan.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;

/** Reads Tika metadata by a list of keys, first one present wins, values NFC and stripped. */
final class MetadataValues {

    private final Metadata metadata;

    MetadataValues(Metadata metadata) {
        this.metadata = metadata;
    }

    String first(String... keys) {
        for (String key : keys) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
            }
        }
        return null;
    }

    /** All values of the first key that has any, as given. */
    List<String> all(String... keys) {
        return collect(keys, null);
    }

    /** Like {@link #all}, splitting a value that packs a list ("hội làng; đình"). */
    List<String> split(String separatorRegex, String... keys) {
        return collect(keys, separatorRegex);
    }

    private List<String> collect(String[] keys, String separatorRegex) {
        for (String key : keys) {
            List<String> found = new ArrayList<>();
            for (String value : metadata.getValues(key)) {
                String[] parts = separatorRegex == null ? new String[] {value} : value.split(separatorRegex);
                for (String part : parts) {
                    if (!part.isBlank()) {
                        found.add(Normalizer.normalize(part, Normalizer.Form.NFC).strip());
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}

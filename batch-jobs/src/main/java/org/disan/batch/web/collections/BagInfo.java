package org.disan.batch.web.collections;

import java.util.List;
import java.util.Optional;

/** Reads a value from a BagIt {@code bag-info.txt}: {@code Label: value}, continued on indented lines (RFC 8493 2.2.2). */
final class BagInfo {

    private BagInfo() {}

    static Optional<String> value(List<String> lines, String label) {
        StringBuilder value = null;
        for (String line : lines) {
            boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (value != null && continuation) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (value != null) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(label)) {
                value = new StringBuilder(line.substring(colon + 1).strip());
            }
        }
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toString());
    }
}

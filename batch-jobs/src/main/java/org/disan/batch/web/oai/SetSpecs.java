package org.disan.batch.web.oai;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.disan.search.harvest.HarvestSet;

/**
 * OAI set specs of collections and submissions: {@code collection:<slug>}, {@code submission:<slug>}.
 * A slug is the name without diacritics, in lower case, with runs of anything a set spec may not
 * hold turned into one {@code -}: "Bảo tàng Hà Nội" → {@code collection:bao-tang-ha-noi}.
 */
final class SetSpecs {

    private SetSpecs() {}

    static String of(HarvestSet kind, String name) {
        return prefix(kind) + slug(name);
    }

    /** The kind and slug of a spec, or empty when it is not one this archive makes. */
    static Optional<Spec> parse(String spec) {
        for (HarvestSet kind : HarvestSet.values()) {
            if (spec != null && spec.startsWith(prefix(kind)) && spec.length() > prefix(kind).length()) {
                return Optional.of(new Spec(kind, spec.substring(prefix(kind).length())));
            }
        }
        return Optional.empty();
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9_.!~*'()]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "-" : slug;
    }

    private static String prefix(HarvestSet kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ":";
    }

    record Spec(HarvestSet kind, String slug) {}
}

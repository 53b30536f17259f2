package org.disan.batch.web.cite;

import java.util.List;

/**
 * BibTeX entries ({@code @misc}, UTF-8 as biblatex and modern BibTeX read it), keyed by the start of
 * the record id so that keys are stable. Characters BibTeX gives meaning to are escaped.
 */
final class BibtexWriter {

    private BibtexWriter() {}

    static String write(List<CitedWork> works) {
        StringBuilder out = new StringBuilder();
        for (CitedWork work : works) {
            out.append("@misc{disan-").append(work.id(), 0, Math.min(12, work.id().length())).append(",\n");
            field(out, "title", work.title());
            field(out, "author", work.creators().isEmpty() ? null : String.join(" and ", work.creators().stream()
                    .map(creator -> "{" + escape(creator) + "}").toList()), false);
            work.year().ifPresent(year -> field(out, "year", Integer.toString(year)));
            field(out, "date", work.dateParts().size() > 1 ? iso(work.dateParts()) : null);
            field(out, "howpublished", work.archive());
            field(out, "url", work.url());
            field(out, "language", work.language());
            field(out, "keywords", work.subjects().isEmpty() ? null : String.join(", ", work.subjects()));
            field(out, "abstract", work.description());
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String iso(List<Integer> parts) {
        return parts.get(0) + "-" + String.format("%02d", parts.get(1))
                + (parts.size() > 2 ? "-" + String.format("%02d", parts.get(2)) : "");
    }

    private static void field(StringBuilder out, String name, String value) {
        field(out, name, value, true);
    }

    private static void field(StringBuilder out, String name, String value, boolean escapeIt) {
        if (value != null && !value.isBlank()) {
            String text = escapeIt ? escape(value) : value;
            out.append("  ").append(name).append(" = {").append(text.replaceAll("\\s+", " ").strip()).append("},\n");
        }
    }

    /** Backslash first, so the escapes added after it are not escaped again. */
    static String escape(String value) {
        return value.replace("\\", "\\textbackslash{}")
                .replace("{", "\\{").replace("}", "\\}")
                .replace("\\textbackslash\\{\\}", "\\textbackslash{}")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_")
                .replace("^", "\\^{}").replace("~", "\\~{}");
    }
}

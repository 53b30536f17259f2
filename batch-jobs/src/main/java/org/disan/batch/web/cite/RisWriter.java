package org.disan.batch.web.cite;

import java.util.List;

/** RIS, the tagged format every reference manager imports: one {@code TY ... ER} block per work. */
final class RisWriter {

    private RisWriter() {}

    static String write(List<CitedWork> works) {
        StringBuilder out = new StringBuilder();
        for (CitedWork work : works) {
            tag(out, "TY", WorkKind.of(work.kind()).ris());
            tag(out, "TI", work.title());
            work.creators().forEach(creator -> tag(out, "AU", creator));
            work.year().ifPresent(year -> tag(out, "PY", Integer.toString(year)));
            if (work.date() != null) {
                tag(out, "DA", work.dateParts().size() > 1 ? isoDate(work.dateParts()) : work.date());
            }
            work.subjects().forEach(subject -> tag(out, "KW", subject));
            tag(out, "AB", work.description());
            tag(out, "LA", work.language());
            tag(out, "DB", work.archive());
            tag(out, "UR", work.url());
            tag(out, "ID", work.id());
            out.append("ER  - \r\n");
        }
        return out.toString();
    }


    private static String isoDate(List<Integer> parts) {
        return parts.get(0) + "/" + String.format("%02d", parts.get(1)) + "/"
                + (parts.size() > 2 ? String.format("%02d", parts.get(2)) : "");
    }

    /** One tag line; a value's line breaks would end the tag, so they become spaces. */
    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append("\r\n");
        }
    }
}

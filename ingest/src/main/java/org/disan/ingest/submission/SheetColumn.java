package org.disan.ingest.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disan.ingest.model.PlainLetters;

/**
 * The columns a metadata sheet may have, each under the names museums give it in English and
 * Vietnamese (docs/metadata-sheets.md lists them). A heading matches a name whatever its case,
 * diacritics, spacing or a {@code dc:} prefix: "Địa điểm", "dia diem" and "DC.Coverage" all do.
 */
enum SheetColumn {
    FILE(false, "file", "filename", "file name", "path", "tệp", "tên tệp", "tập tin", "đường dẫn"),
    IDENTIFIER(false, "identifier", "id", "mã số", "số hiệu", "mã hiệu"),
    TITLE(false, "title", "tiêu đề", "nhan đề", "tên"),
    CREATOR(true, "creator", "creators", "author", "authors", "artist", "photographer",
            "tác giả", "người tạo", "nghệ nhân", "người chụp"),
    SUBJECT(true, "subject", "subjects", "keywords", "keyword", "tags", "từ khóa", "chủ đề"),
    DESCRIPTION(false, "description", "abstract", "summary", "mô tả", "tóm tắt"),
    PUBLISHER(false, "publisher", "nhà xuất bản", "đơn vị xuất bản"),
    CONTRIBUTOR(true, "contributor", "contributors", "người đóng góp", "cộng tác viên"),
    DATE(false, "date", "created", "date created", "year", "ngày", "năm", "thời gian", "ngày tháng"),
    TYPE(false, "type", "loại", "loại hình"),
    FORMAT(false, "format", "định dạng"),
    SOURCE(false, "source", "nguồn"),
    LANGUAGE(true, "language", "languages", "lang", "ngôn ngữ"),
    RELATION(false, "relation", "liên quan"),
    COVERAGE(true, "coverage", "place", "places", "location", "spatial", "địa điểm", "địa danh", "nơi"),
    RIGHTS(false, "rights", "license", "licence", "bản quyền", "quyền"),
    ACCESS(false, "access", "access level", "truy cập", "quyền truy cập"),
    COLLECTION(false, "collection", "bộ sưu tập", "sưu tập"),
    /** The recording's transcript files (WebVTT, SubRip), paths inside the submission. */
    TRANSCRIPT(true, "transcript", "transcripts", "subtitles", "lời ghi", "phụ đề");

    private final boolean repeatable;
    private final List<String> names;

    SheetColumn(boolean repeatable, String... names) {
        this.repeatable = repeatable;
        this.names = List.of(names);
    }

    /** Whether a cell may hold several values (split on the submission's separator). */
    boolean repeatable() {
        return repeatable;
    }

    /** The names this column is known by, as people write them. */
    List<String> names() {
        return names;
    }

    /** The column a heading names, if it is a known one. */
    static Optional<SheetColumn> byHeading(String heading) {
        String key = folded(heading);
        if (key.startsWith("dc:") || key.startsWith("dc.")) {
            key = key.substring(3).strip();
        }
        String wanted = key;
        return Arrays.stream(values())
                .filter(column -> column.names.stream().anyMatch(name -> folded(name).equals(wanted)))
                .findFirst();
    }

    /** Lower case, no diacritics (đ as d), words separated by one space. */
    static String folded(String text) {
        return PlainLetters.of(text.replaceAll("[_-]+", " ")).strip();
    }
}

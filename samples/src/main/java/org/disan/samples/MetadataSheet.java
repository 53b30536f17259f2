package org.disan.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes metadata.csv in the collection's sheet format: Dublin Core columns, multiple values joined by " | ". */
final class MetadataSheet {

    static final String FILE_NAME = "metadata.csv";
    static final String HEADER = "file,identifier,title,creator,date,subject,coverage,language,rights,description,type,access";
    static final String VALUE_SEPARATOR = " | ";

    private MetadataSheet() {
    }

    static void write(Path corpusFolder, List<CatalogueRecord> records) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(corpusFolder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (CatalogueRecord record : records) {
                out.write(String.join(",",
                        cell(record.file()), cell(record.identifier()), cell(record.title()), cell(record.creator()),
                        cell(record.date()), cell(String.join(VALUE_SEPARATOR, record.subjects())),
                        cell(String.join(VALUE_SEPARATOR, record.coverage())),
                        cell(String.join(VALUE_SEPARATOR, record.languages())), cell(record.rights()),
                        cell(record.description()), cell(record.type()), cell(record.access())));
                out.write('\n');
            }
        }
    }

    /** RFC 4180 quoting: only when the value holds a comma, quote or line break. */
    static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}

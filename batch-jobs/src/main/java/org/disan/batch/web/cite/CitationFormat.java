package org.disan.batch.web.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The reference formats records can be exported in, by the file extension their links end with. */
public enum CitationFormat {
    RIS("ris", "application/x-research-info-systems", RisWriter::write),
    BIBTEX("bib", "application/x-bibtex", BibtexWriter::write),
    CSL_JSON("json", "application/vnd.citationstyles.csl+json", CslJsonWriter::write);

    private final String extension;
    private final String mediaType;
    private final Function<List<CitedWork>, String> writer;

    CitationFormat(String extension, String mediaType, Function<List<CitedWork>, String> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public static Optional<CitationFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String write(List<CitedWork> works) {
        return writer.apply(works);
    }
}

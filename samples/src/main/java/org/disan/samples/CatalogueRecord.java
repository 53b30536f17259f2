package org.disan.samples;

import java.util.List;

/** One row of the generated metadata sheet: Dublin Core fields plus the file and its access level. */
public record CatalogueRecord(
        String file,
        String identifier,
        String title,
        String creator,
        String date,
        List<String> subjects,
        List<String> coverage,
        List<String> languages,
        String rights,
        String description,
        String type,
        String access) {

    public static final String RESTRICTED = "restricted";
    public static final String PUBLIC = "public";

    public CatalogueRecord {
        subjects = List.copyOf(subjects);
        coverage = List.copyOf(coverage);
        languages = List.copyOf(languages);
    }

    public CatalogueRecord withFile(String newFile) {
        return new CatalogueRecord(newFile, identifier, title, creator, date, subjects, coverage, languages,
                rights, description, type, access);
    }
}

package org.disan.samples.text;

/** The languages the collection is written in, with their ISO 639-1 codes. */
public enum Language {
    VI("vi"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

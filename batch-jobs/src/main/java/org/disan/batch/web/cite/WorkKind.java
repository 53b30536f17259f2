package org.disan.batch.web.cite;

/** A record's Dublin Core type as each citation format names the kind of work. */
enum WorkKind {
    IMAGE("ART", "graphic"),
    SOUND("SOUND", "song"),
    VIDEO("VIDEO", "motion_picture"),
    DATASET("DATA", "dataset"),
    OTHER("GEN", "document");

    private final String ris;
    private final String csl;

    WorkKind(String ris, String csl) {
        this.ris = ris;
        this.csl = csl;
    }

    static WorkKind of(String dublinCoreType) {
        if (dublinCoreType == null) {
            return OTHER;
        }
        return switch (dublinCoreType) {
            case "StillImage", "Image" -> IMAGE;
            case "Sound" -> SOUND;
            case "MovingImage" -> VIDEO;
            case "Dataset" -> DATASET;
            default -> OTHER;
        };
    }

    /** The RIS {@code TY} value. */
    String ris() {
        return ris;
    }

    /** The CSL-JSON {@code type}. */
    String csl() {
        return csl;
    }
}

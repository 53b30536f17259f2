package org.disan.samples.text;

import java.util.List;

/** One subject of the collection — a craft, monument, festival or place — told in Vietnamese and English. */
public record HeritageTopic(
        String nameVi,
        String nameEn,
        String placeVi,
        String placeEn,
        List<String> subjectsVi,
        List<String> subjectsEn,
        List<String> factsVi,
        List<String> factsEn) {

    public HeritageTopic {
        subjectsVi = List.copyOf(subjectsVi);
        subjectsEn = List.copyOf(subjectsEn);
        factsVi = List.copyOf(factsVi);
        factsEn = List.copyOf(factsEn);
    }

    public String name(Language language) {
        return language == Language.VI ? nameVi : nameEn;
    }

    public String place(Language language) {
        return language == Language.VI ? placeVi : placeEn;
    }

    public List<String> subjects(Language language) {
        return language == Language.VI ? subjectsVi : subjectsEn;
    }

    public List<String> facts(Language language) {
        return language == Language.VI ? factsVi : factsEn;
    }
}

package org.disan.samples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.disan.samples.text.HeritageProse;
import org.disan.samples.text.HeritageTopic;
import org.disan.samples.text.HeritageVocabulary;
import org.disan.samples.text.Language;

/** Invents the catalogue record (title, creator, date, subjects, …) of one planned file. */
final class CatalogueWriter {

    private static final double RESTRICTED_SHARE = 0.05;

    private CatalogueWriter() {
    }

    static PlannedFile plan(int index, FileKind kind, String identifierPrefix, SplittableRandom random) {
        HeritageTopic topic = pick(HeritageVocabulary.TOPICS, random);
        Language language = random.nextInt(10) < 6 ? Language.VI : Language.EN;
        boolean bilingual = kind.dcmiType().equals("Text") && random.nextInt(10) == 0;
        String title = title(kind, topic, language);
        String file = String.format(Locale.ROOT, "%s/%05d-%s.%s", kind.folder(), index, slug(topic.nameVi()), kind.extension());
        boolean restricted = random.nextDouble() < RESTRICTED_SHARE;
        String date = String.format(Locale.ROOT, "%04d-%02d-%02d",
                1960 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<String> languages = bilingual ? List.of("vi", "en") : List.of(language.code());
        CatalogueRecord record = new CatalogueRecord(
                file,
                String.format(Locale.ROOT, "%s-%05d", identifierPrefix, index),
                title,
                pick(HeritageVocabulary.CREATORS, random),
                date,
                topic.subjects(language),
                coverage(topic, language),
                languages,
                rights(language, restricted),
                HeritageProse.paragraph(topic, language, 2, random),
                kind.dcmiType(),
                restricted ? CatalogueRecord.RESTRICTED : CatalogueRecord.PUBLIC);
        return new PlannedFile(index, kind, record, topic, language, random.nextLong());
    }

    private static String title(FileKind kind, HeritageTopic topic, Language language) {
        String name = topic.name(language);
        boolean vi = language == Language.VI;
        String title = switch (kind.dcmiType()) {
            case "StillImage" -> (vi ? "Ảnh tư liệu: " : "Photograph: ") + name;
            case "Sound" -> (vi ? "Ghi âm: " : "Recording: ") + name;
            case "MovingImage" -> (vi ? "Phim tư liệu: " : "Film: ") + name;
            default -> (vi ? "Tư liệu về " : "Notes on ") + name;
        };
        return capitalise(title);
    }

    private static List<String> coverage(HeritageTopic topic, Language language) {
        List<String> places = new ArrayList<>(List.of(topic.place(language).split(", ")));
        if (!places.contains("Hà Nội")) {
            places.add("Hà Nội");
        }
        places.add(language == Language.VI ? "Việt Nam" : "Viet Nam");
        return places;
    }

    private static String rights(Language language, boolean restricted) {
        if (restricted) {
            return language == Language.VI ? "Hạn chế – chỉ dùng cho nghiên cứu" : "Restricted – research use only";
        }
        return language == Language.VI ? "CC BY 4.0 – Dự án disan" : "CC BY 4.0 – disan project";
    }

    /** An ASCII file-name fragment: "gốm Bát Tràng" becomes "gom-bat-trang". */
    static String slug(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}

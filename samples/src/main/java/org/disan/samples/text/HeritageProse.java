package org.disan.samples.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Assembles paragraphs about a topic from its facts and the shared templates, always in NFC. */
public final class HeritageProse {

    private HeritageProse() {
    }

    public static List<String> paragraphs(HeritageTopic topic, Language language, int count, SplittableRandom random) {
        List<String> paragraphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            paragraphs.add(paragraph(topic, language, 3 + random.nextInt(4), random));
        }
        return paragraphs;
    }

    public static String paragraph(HeritageTopic topic, Language language, int sentences, SplittableRandom random) {
        List<String> templates = language == Language.VI ? HeritageVocabulary.TEMPLATES_VI : HeritageVocabulary.TEMPLATES_EN;
        List<String> facts = topic.facts(language);
        StringBuilder text = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < sentences; i++) {
            String sentence = sentence(topic, language, templates, facts, random);
            // A few redraws keep a paragraph from saying the same thing twice.
            for (int retry = 0; retry < 4 && used.contains(sentence); retry++) {
                sentence = sentence(topic, language, templates, facts, random);
            }
            used.add(sentence);
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String sentence(HeritageTopic topic, Language language, List<String> templates, List<String> facts,
            SplittableRandom random) {
        return random.nextInt(3) == 0
                ? facts.get(random.nextInt(facts.size()))
                : fill(templates.get(random.nextInt(templates.size())), topic, language, random);
    }

    private static String fill(String template, HeritageTopic topic, Language language, SplittableRandom random) {
        return template
                .replace("{name}", topic.name(language))
                .replace("{place}", topic.place(language))
                .replace("{year}", Integer.toString(1960 + random.nextInt(66)));
    }
}

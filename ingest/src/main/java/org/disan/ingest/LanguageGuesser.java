package org.disan.ingest;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Guesses the language of a text (ISO 639-1) from character n-grams, over all the languages
 * the detector knows, so that a French text is not called Vietnamese. Thread-safe.
 */
final class LanguageGuesser {

    /** Enough text to decide; reading a whole book would only cost time. */
    private static final int SAMPLE_CHARS = 5_000;
    /** Below this many letters a guess is noise. */
    private static final int MIN_LETTERS = 20;

    private static final LanguageGuesser SHARED = new LanguageGuesser();

    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    /**
     * The profiles of all languages: about 100 MB of heap and a CPU second to load, so one detector
     * serves the whole process, loaded by the first text long enough to guess (or {@link #loadProfiles}).
     */
    private static final class Profiles {
        static final LanguageDetector DETECTOR = detector();

        private static LanguageDetector detector() {
            try {
                List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
                return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles cannot be read", e);
            }
        }
    }

    private LanguageGuesser() {}

    static LanguageGuesser shared() {
        return SHARED;
    }

    /** Loads the language profiles in this thread, unless they are loaded. */
    static void loadProfiles() {
        Objects.requireNonNull(Profiles.DETECTOR);
    }

    /** The language, or empty when the text is too short or too mixed to tell. */
    Optional<String> guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        com.google.common.base.Optional<LdLocale> found = Profiles.DETECTOR.detect(texts.forText(sample));
        return found.isPresent() ? Optional.of(found.get().getLanguage()) : Optional.empty();
    }
}

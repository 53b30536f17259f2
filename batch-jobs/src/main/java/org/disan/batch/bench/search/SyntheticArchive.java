package org.disan.batch.bench.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.AccessLevel;
import org.disan.ingest.model.ArchiveRecord;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.model.Fixity;
import org.disan.ingest.model.Provenance;
import org.disan.ingest.model.TechnicalMetadata;

/**
 * A synthetic archive of any size, made on demand: record {@code n} depends only on the seed and
 * {@code n}, so every run (and every backend) sees the same archive without holding it in memory.
 * About 60% of records are Vietnamese and 40% English, with 200–400 words of full text each, and
 * about 5% are restricted.
 */
final class SyntheticArchive {

    private static final long MIXER = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final int size;

    SyntheticArchive(long seed, int size) {
        this.seed = seed;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** Records {@code from} (inclusive) to {@code to} (exclusive). */
    List<ArchiveRecord> records(int from, int to) {
        List<ArchiveRecord> records = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            records.add(record(n));
        }
        return records;
    }

    ArchiveRecord record(int n) {
        SplittableRandom random = new SplittableRandom(seed ^ (n * MIXER));
        boolean vietnamese = random.nextInt(10) < 6;
        List<String> words = vietnamese ? BenchVocabulary.VIETNAMESE_WORDS : BenchVocabulary.ENGLISH_WORDS;
        String place = pick(random, BenchVocabulary.PLACES);
        String title = String.format(pick(random, vietnamese ? BenchVocabulary.VIETNAMESE_TITLES : BenchVocabulary.ENGLISH_TITLES),
                phrase(random, words, 2), place);
        String type = pick(random, BenchVocabulary.TYPES);
        int year = 1900 + random.nextInt(125);
        DublinCore dc = new DublinCore(null, title,
                distinct(random, BenchVocabulary.CREATORS, 1 + random.nextInt(2)),
                distinct(random, BenchVocabulary.SUBJECTS, 1 + random.nextInt(3)),
                sentence(random, words, 20 + random.nextInt(30)),
                null, List.of(), year + "-" + twoDigits(1 + random.nextInt(12)) + "-" + twoDigits(1 + random.nextInt(28)),
                type, null, null, vietnamese ? "vi" : "en", null, List.of(place), null);
        String id = sha256("disan-bench-" + seed + "-" + n);
        Access access = random.nextInt(100) < 5 ? new Access(AccessLevel.RESTRICTED, null) : Access.PUBLIC;
        return new ArchiveRecord(id, dc, new TechnicalMetadata(mimeType(type), null, 10_000 + random.nextInt(5_000_000), null),
                Fixity.sha256(id), fullText(random, words), vietnamese ? "vi" : "en", null, access, List.of(),
                new Provenance(pick(random, BenchVocabulary.COLLECTIONS), "bench/" + n + extension(type),
                        Instant.parse("2026-01-15T10:00:00Z"), 1L), List.of());
    }

    private static String fullText(SplittableRandom random, List<String> words) {
        StringBuilder text = new StringBuilder();
        int remaining = 200 + random.nextInt(201);
        while (remaining > 0) {
            int length = Math.min(remaining, 8 + random.nextInt(12));
            text.append(sentence(random, words, length)).append(' ');
            remaining -= length;
        }
        return text.toString().strip();
    }

    private static String sentence(SplittableRandom random, List<String> words, int length) {
        String body = phrase(random, words, length);
        return Character.toUpperCase(body.charAt(0)) + body.substring(1) + ".";
    }

    // Skewed towards the start of the list, as word frequencies are: a few words are very common.
    private static String phrase(SplittableRandom random, List<String> words, int length) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < length; i++) {
            double u = random.nextDouble();
            phrase.append(i == 0 ? "" : " ").append(words.get((int) (u * u * words.size())));
        }
        return phrase.toString();
    }

    private static List<String> distinct(SplittableRandom random, List<String> values, int count) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < count) {
            String value = pick(random, values);
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String mimeType(String type) {
        return switch (type) {
            case "StillImage" -> "image/jpeg";
            case "Sound" -> "audio/mpeg";
            case "MovingImage" -> "video/mp4";
            default -> "application/pdf";
        };
    }

    private static String extension(String type) {
        return switch (type) {
            case "StillImage" -> ".jpg";
            case "Sound" -> ".mp3";
            case "MovingImage" -> ".mp4";
            default -> ".pdf";
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

package org.disan.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Decides which file gets which kind: counts follow the mix exactly (largest remainder), every kind
 * with a positive weight appears at least once when there is room, and the order is shuffled from the seed.
 */
final class CorpusPlanner {

    private CorpusPlanner() {
    }

    static List<PlannedFile> plan(CorpusSpec spec, Map<FileKind, Double> mix) {
        List<FileKind> kinds = new ArrayList<>();
        counts(spec.count(), mix).forEach((kind, count) -> kinds.addAll(Collections.nCopies(count, kind)));
        Collections.shuffle(kinds, new Random(spec.seed()));
        String prefix = "disan-gen-" + Long.toUnsignedString(spec.seed());
        List<PlannedFile> planned = new ArrayList<>(kinds.size());
        for (int index = 0; index < kinds.size(); index++) {
            planned.add(CatalogueWriter.plan(index, kinds.get(index), prefix, fileRandom(spec.seed(), index)));
        }
        return planned;
    }

    /** Each file's randomness depends only on the seed and its index, so files can be written in parallel. */
    static SplittableRandom fileRandom(long seed, long index) {
        return new SplittableRandom(seed * 0x9E37_79B9_7F4A_7C15L + index);
    }

    static Map<FileKind, Integer> counts(int total, Map<FileKind, Double> mix) {
        List<FileKind> present = mix.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        double weightSum = present.stream().mapToDouble(mix::get).sum();
        int guaranteed = total >= present.size() ? 1 : 0;
        int remaining = total - guaranteed * present.size();
        Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);
        Map<FileKind, Double> remainders = new EnumMap<>(FileKind.class);
        int assigned = 0;
        for (FileKind kind : present) {
            double exact = remaining * mix.get(kind) / weightSum;
            int whole = (int) Math.floor(exact);
            counts.put(kind, guaranteed + whole);
            remainders.put(kind, exact - whole);
            assigned += whole;
        }
        List<FileKind> byRemainder = new ArrayList<>(present);
        byRemainder.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; i < remaining - assigned; i++) {
            FileKind kind = byRemainder.get(i % byRemainder.size());
            counts.merge(kind, 1, Integer::sum);
        }
        return counts;
    }
}

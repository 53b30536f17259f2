package org.disan.samples.files;

import java.awt.Dimension;
import java.util.SplittableRandom;

/** Picks photo dimensions with a camera-like spread: many small, fewer large, up to 4000 × 3000. */
final class ImageSizes {

    private static final int[][] SIZES = {
        {640, 480}, {800, 600}, {1024, 768}, {1600, 1200}, {2048, 1536}, {3000, 2000}, {4000, 3000}
    };
    private static final int[] WEIGHTS = {20, 15, 20, 15, 12, 10, 8};

    private ImageSizes() {
    }

    /** A size no larger than the {@code largest}-th entry (0-based), portrait one time in five. */
    static Dimension pick(SplittableRandom random, int largest) {
        int total = 0;
        for (int i = 0; i <= largest; i++) {
            total += WEIGHTS[i];
        }
        int draw = random.nextInt(total);
        int chosen = 0;
        while (draw >= WEIGHTS[chosen]) {
            draw -= WEIGHTS[chosen];
            chosen++;
        }
        int[] size = SIZES[chosen];
        return random.nextInt(5) == 0 ? new Dimension(size[1], size[0]) : new Dimension(size[0], size[1]);
    }

    static int largestIndex() {
        return SIZES.length - 1;
    }
}

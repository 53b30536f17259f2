package org.disan.batch.bench.iiif;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Tile requests a viewer could make of one image: random tiles at random zoom levels, as the URL
 * segments after the identifier, in the form OpenSeadragon asks for them.
 */
record TileSample(String region, String size) {

    static final int TILE = 512;

    static List<TileSample> draw(int width, int height, int count, SplittableRandom random) {
        List<Integer> factors = new ArrayList<>();
        for (int factor = 1; Math.max(width, height) / factor > TILE / 2; factor *= 2) {
            factors.add(factor);
        }
        List<TileSample> tiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int factor = factors.get(random.nextInt(factors.size()));
            int span = TILE * factor;
            int x = random.nextInt((width + span - 1) / span) * span;
            int y = random.nextInt((height + span - 1) / span) * span;
            int w = Math.min(span, width - x);
            int h = Math.min(span, height - y);
            tiles.add(new TileSample(x + "," + y + "," + w + "," + h, Math.max(1, (w + factor - 1) / factor) + ","));
        }
        return tiles;
    }
}

package org.disan.samples.files;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * Paints a plausible "photograph": sky, ground, tiered roofs and a sun, then sensor grain so that the
 * image compresses like a photo rather than like a drawing.
 */
public final class PhotoPainter {

    private PhotoPainter() {
    }

    public static BufferedImage paint(int width, int height, SplittableRandom random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int horizon = height / 2 + random.nextInt(Math.max(1, height / 4));
            g.setPaint(new GradientPaint(0, 0, colour(random, 90, 160, 230), 0, horizon, colour(random, 200, 215, 240)));
            g.fillRect(0, 0, width, horizon);
            g.setPaint(new GradientPaint(0, horizon, colour(random, 70, 110, 60), 0, height, colour(random, 40, 70, 35)));
            g.fillRect(0, horizon, width, height - horizon);
            g.setColor(colour(random, 250, 220, 150));
            int sun = Math.max(8, width / 12);
            g.fillOval(random.nextInt(width), random.nextInt(Math.max(1, horizon / 2)), sun, sun);
            int buildings = 2 + random.nextInt(5);
            for (int i = 0; i < buildings; i++) {
                paintTieredRoof(g, random.nextInt(width), horizon, width / (4 + random.nextInt(6)), random);
            }
        } finally {
            g.dispose();
        }
        addGrain(image, random.nextLong(), 10 + random.nextInt(14));
        return image;
    }

    /** A pagoda-like stack of roofs, the skyline of a temple or communal house. */
    private static void paintTieredRoof(Graphics2D g, int centre, int base, int span, SplittableRandom random) {
        int tiers = 1 + random.nextInt(3);
        int tierHeight = Math.max(4, span / 3);
        g.setColor(colour(random, 150, 60, 40));
        for (int t = 0; t < tiers; t++) {
            int half = span / 2 - t * span / 8;
            int bottom = base - t * tierHeight;
            g.setColor(g.getColor().darker());
            g.fillRect(centre - half / 2, bottom - tierHeight / 2, half, tierHeight / 2);
            Polygon roof = new Polygon(
                    new int[] {centre - half, centre + half, centre + half / 2, centre - half / 2},
                    new int[] {bottom - tierHeight / 2, bottom - tierHeight / 2, bottom - tierHeight, bottom - tierHeight},
                    4);
            g.fillPolygon(roof);
        }
    }

    private static void addGrain(BufferedImage image, long seed, int amplitude) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long state = seed | 1;
        for (int i = 0; i < pixels.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int noise = (int) (state % amplitude);
            int rgb = pixels[i];
            pixels[i] = clamp(((rgb >> 16) & 0xFF) + noise) << 16 | clamp(((rgb >> 8) & 0xFF) + noise) << 8 | clamp((rgb & 0xFF) + noise);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Color colour(SplittableRandom random, int r, int g, int b) {
        return new Color(jitter(random, r), jitter(random, g), jitter(random, b));
    }

    private static int jitter(SplittableRandom random, int value) {
        return clamp(value + random.nextInt(41) - 20);
    }
}

package org.disan.batch.web.iiif;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** The steps after scaling: mirror, quarter turns and quality, each on the already small image. */
final class ImageTransforms {

    private ImageTransforms() {
    }

    static BufferedImage apply(BufferedImage image, Rotation rotation, Quality quality) {
        BufferedImage turned = turn(image, rotation);
        return switch (quality.canonical()) {
            case GRAY -> redraw(turned, BufferedImage.TYPE_BYTE_GRAY, new AffineTransform());
            case BITONAL -> redraw(turned, BufferedImage.TYPE_BYTE_BINARY, new AffineTransform());
            default -> turned;
        };
    }

    private static BufferedImage turn(BufferedImage image, Rotation rotation) {
        if (rotation.degrees() == 0 && !rotation.mirror()) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform transform = new AffineTransform();
        switch (rotation.degrees()) {
            case 90 -> transform.setTransform(0, 1, -1, 0, h, 0);
            case 180 -> transform.setTransform(-1, 0, 0, -1, w, h);
            case 270 -> transform.setTransform(0, -1, 1, 0, 0, w);
            default -> { }
        }
        if (rotation.mirror()) {
            // Mirroring comes first: flip along x inside the image before turning.
            transform.concatenate(new AffineTransform(-1, 0, 0, 1, w, 0));
        }
        int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        boolean quarter = rotation.degrees() % 180 != 0;
        BufferedImage target = new BufferedImage(quarter ? h : w, quarter ? w : h, type);
        return draw(image, target, transform);
    }

    private static BufferedImage redraw(BufferedImage image, int type, AffineTransform transform) {
        if (image.getType() == type) {
            return image;
        }
        return draw(image, new BufferedImage(image.getWidth(), image.getHeight(), type), transform);
    }

    private static BufferedImage draw(BufferedImage image, BufferedImage target, AffineTransform transform) {
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

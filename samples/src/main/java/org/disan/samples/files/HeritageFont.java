package org.disan.samples.files;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Unicode font every document is set in. DejaVu Sans covers all Vietnamese letters with their
 * tone marks; Debian ships it in fonts-dejavu-core. {@code -Ddisan.font=/path/to/font.ttf} picks another.
 */
public final class HeritageFont {

    private static final Path DEBIAN_DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static volatile Font awtFont;

    private HeritageFont() {
    }

    public static Path file() {
        String configured = System.getProperty("disan.font");
        Path font = configured != null ? Path.of(configured) : DEBIAN_DEJAVU;
        if (!Files.isReadable(font)) {
            throw new IllegalStateException("Font " + font + " not found: install the Debian package fonts-dejavu-core "
                    + "or point -Ddisan.font at a TrueType font with Vietnamese glyphs");
        }
        return font;
    }

    /** The same font for Java2D rendering (scanned pages), loaded once and derived per size. */
    public static Font awt(float size) {
        Font base = awtFont;
        if (base == null) {
            synchronized (HeritageFont.class) {
                if (awtFont == null) {
                    try {
                        awtFont = Font.createFont(Font.TRUETYPE_FONT, file().toFile());
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("Font " + file() + " is not a TrueType font", e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                base = awtFont;
            }
        }
        return base.deriveFont(size);
    }
}

package org.disan.samples.files;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks a paragraph into lines no wider than a measure, at spaces. */
final class LineWrapper {

    private LineWrapper() {
    }

    /**
     * @param width the width of a piece of text; a line's width is taken as the sum of its words'
     *     and spaces' widths (true of PDF text without kerning), so each word is measured once
     *     rather than the whole line again for every word
     */
    static List<String> wrap(String paragraph, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double space = width.applyAsDouble(" ");
        double lineWidth = 0;
        for (String word : paragraph.split(" ")) {
            double wordWidth = width.applyAsDouble(word);
            if (line.isEmpty()) {
                line.append(word);
                lineWidth = wordWidth;
            } else if (lineWidth + space + wordWidth > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
                lineWidth = wordWidth;
            } else {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

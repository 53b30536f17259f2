package org.disan.batch.web.iiif;

import java.util.regex.Pattern;

/** Comma-separated numbers of URL segments, read strictly: no signs, no exponents, no spaces. */
final class Numbers {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?|\\.\\d{1,9}");

    private Numbers() {
    }

    /** Exactly {@code count} numbers, integers when {@code integers}, else decimals. */
    static double[] list(String text, int count, boolean integers, String what) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw IiifException.badRequest("the " + what + " needs " + count + " numbers: " + text);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = number(parts[i], integers, what);
        }
        return values;
    }

    static double number(String text, boolean integer, String what) {
        if (!(integer ? INTEGER : DECIMAL).matcher(text).matches()) {
            throw IiifException.badRequest("not a valid " + what + ": " + text);
        }
        return Double.parseDouble(text);
    }
}

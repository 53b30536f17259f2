package org.disan.batch.web.oai;

/** Text as XML 1.0 may carry it: characters it cannot hold (most control characters) are dropped. */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

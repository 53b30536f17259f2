package org.disan.ingest;

/**
 * Control characters in a file name (a bell, an escape sequence, a tab) are kept, since the
 * name is what the museum sent, but called out: a report or terminal would show them wrongly.
 */
final class FileNames {

    private FileNames() {}

    /** A warning naming the control characters, or {@code null} when the name has none. */
    static String controlCharacterWarning(String relativePath) {
        if (relativePath.codePoints().noneMatch(Character::isISOControl)) {
            return null;
        }
        StringBuilder visible = new StringBuilder();
        relativePath.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                visible.append(String.format("\\u%04X", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return "the file name has control characters: " + visible;
    }
}

package org.disan.batch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * A submission of many small distinct letters, enough to keep an ingest busy for a while with real
 * files, plus one copy of the first letter and one broken (empty) file. It knows what an
 * uninterrupted ingest of it leaves behind: one record per distinct letter, whose ids are the
 * SHA-256 of their bytes.
 */
record LetterSubmission(Path root, int letters) {

    static final String COPY = "copy-of-letter-0001.txt";
    static final String BROKEN = "broken.pdf";

    static LetterSubmission write(Path root, int letters) throws IOException {
        Files.createDirectories(root);
        for (int i = 1; i <= letters; i++) {
            Files.writeString(root.resolve(name(i)), letter(i));
        }
        Files.writeString(root.resolve(COPY), letter(1));
        Files.createFile(root.resolve(BROKEN));
        return new LetterSubmission(root, letters);
    }

    /** Every file of the submission: the letters, the copy and the broken file. */
    int files() {
        return letters + 2;
    }

    /** The ids of the records an uninterrupted ingest stores and indexes. */
    Set<String> recordIds() {
        Set<String> ids = new TreeSet<>();
        for (int i = 1; i <= letters; i++) {
            ids.add(sha256(letter(i)));
        }
        return ids;
    }

    private static String name(int i) {
        return "letter-%04d.txt".formatted(i);
    }

    private static String letter(int i) {
        return "Thư số " + i + " gửi kinh thành Thăng Long, năm " + (1010 + i % 990) + ", về phố nghề thứ "
                + (i % 36 + 1) + ".";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

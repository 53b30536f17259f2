package org.disan.batch.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Uploads built from the repository's sample collection: a zip of some of its files with their
 * rows of its metadata sheet, or the same as a zipped BagIt bag with a SHA-256 manifest.
 */
public final class SampleUploads {

    public static final Path SAMPLES =
            Path.of(System.getProperty("disan.samples", "../samples/hanoi-creative-city")).toAbsolutePath();

    private SampleUploads() {}

    /** A zip holding the files (paths relative to the collection) and a sheet with their rows. */
    public static byte[] zip(List<String> files) throws IOException {
        return zipOf(entries(files, ""));
    }

    /** A zip holding the files and the given sheet instead of the collection's rows. */
    public static byte[] zip(List<String> files, String sheet) throws IOException {
        Map<String, byte[]> entries = entries(files, "");
        if (sheet == null) {
            entries.remove("metadata.csv");
        } else {
            entries.put("metadata.csv", sheet.getBytes(StandardCharsets.UTF_8));
        }
        return zipOf(entries);
    }

    /** The collection's sheet header and the rows of the files, each row through {@code alter}. */
    public static String sheet(List<String> files, UnaryOperator<String> alterRow) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("metadata.csv"), StandardCharsets.UTF_8);
        return lines.get(0) + "\n" + String.join("\n", sheetRows(files).stream().map(alterRow).toList()) + "\n";
    }

    /** The same files as a bag inside a top folder; the manifest goes through {@code alter} first. */
    public static byte[] bag(List<String> files, UnaryOperator<String> alterManifest) throws IOException {
        Map<String, byte[]> payload = entries(files, "data/");
        StringBuilder manifest = new StringBuilder();
        payload.forEach((path, bytes) -> manifest.append(sha256(bytes)).append("  ").append(path).append('\n'));
        Map<String, byte[]> bag = new LinkedHashMap<>();
        bag.put("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
        bag.put("manifest-sha256.txt", alterManifest.apply(manifest.toString()).getBytes(StandardCharsets.UTF_8));
        payload.forEach(bag::put);
        return zipOf(bag.entrySet().stream().collect(Collectors.toMap(
                entry -> "museum-bag/" + entry.getKey(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    }

    /** The sample sheet's title for a file. */
    public static String title(String file) throws IOException {
        String row = sheetRows(List.of(file)).get(0);
        return row.split(",", -1)[2];
    }

    private static Map<String, byte[]> entries(List<String> files, String prefix) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String file : files) {
            entries.put(prefix + file, Files.readAllBytes(SAMPLES.resolve(file)));
        }
        List<String> lines = Files.readAllLines(SAMPLES.resolve("metadata.csv"), StandardCharsets.UTF_8);
        String sheet = lines.get(0) + "\n" + String.join("\n", sheetRows(files)) + "\n";
        entries.put(prefix + "metadata.csv", sheet.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static List<String> sheetRows(List<String> files) throws IOException {
        return Files.readAllLines(SAMPLES.resolve("metadata.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> files.stream().anyMatch(file -> line.startsWith(file + ",")))
                .toList();
    }

    private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.disan.ingest.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One payload manifest (RFC 8493 §2.1.3) or tag manifest (§2.2.1) of a BagIt bag: lines of
 * {@code <checksum> <path>}, paths relative to the bag with {@code %0A}, {@code %0D} and
 * {@code %25} encoded.
 *
 * @param algorithm the Java name of the digest ("SHA-256")
 * @param checksums expected lowercase hex checksum by path (NFC; payload paths start with "data/")
 */
record BagManifest(String fileName, String algorithm, Map<String, String> checksums) {

    private static final Pattern MANIFEST_NAME = Pattern.compile("(tag)?manifest-(sha256|sha512|sha1|md5)\\.txt");
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]+)\\s+(.+)");

    /** Whether a file in the bag's top folder is a payload manifest this reader verifies. */
    static boolean isManifest(String fileName) {
        Matcher name = MANIFEST_NAME.matcher(fileName);
        return name.matches() && name.group(1) == null;
    }

    /** Whether a file in the bag's top folder is a tag manifest, listing the bag's own files. */
    static boolean isTagManifest(String fileName) {
        Matcher name = MANIFEST_NAME.matcher(fileName);
        return name.matches() && name.group(1) != null;
    }

    /** Every payload manifest (or, with {@code tags}, every tag manifest) in the bag's top folder, by name. */
    static List<BagManifest> readAll(Path bagRoot, boolean tags, List<String> problems) throws IOException {
        List<BagManifest> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.list(bagRoot)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (tags ? isTagManifest(name) : isManifest(name)) {
                    manifests.add(read(file, problems));
                }
            }
        }
        return manifests;
    }

    /**
     * Reads a manifest; lines naming paths outside the payload (outside the bag, or inside the
     * payload, for a tag manifest) are reported and left out.
     */
    static BagManifest read(Path file, List<String> problems) throws IOException {
        String fileName = file.getFileName().toString();
        Matcher name = MANIFEST_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException("not a manifest: " + fileName);
        }
        boolean tags = name.group(1) != null;
        String algorithm = switch (name.group(2)) {
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            case "sha1" -> "SHA-1";
            default -> "MD5";
        };
        Map<String, String> checksums = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(fileName + " line " + (i + 1) + " is not '<checksum> <path>'; ignored");
                continue;
            }
            String path = RelativePaths.normalise(decode(m.group(2)));
            if (!RelativePaths.staysInside(path) || path.startsWith("data/") == tags) {
                problems.add(fileName + " line " + (i + 1) + " names '" + m.group(2)
                        + (tags ? "', which is not a tag file; refused" : "', which is outside the payload; refused"));
                continue;
            }
            checksums.put(path, m.group(1).toLowerCase(Locale.ROOT));
        }
        return new BagManifest(fileName, algorithm, checksums);
    }

    private static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r")
                .replace("%25", "%");
    }
}

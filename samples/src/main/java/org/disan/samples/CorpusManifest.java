package org.disan.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation run wrote ({@value #FILE_NAME} in the corpus folder): every file with its kind,
 * size and SHA-256, and notes on anything left out (such as audio/video kinds when ffmpeg is missing).
 * Large files for memory tests are listed too, under {@code large/}.
 */
public record CorpusManifest(long seed, int count, List<ManifestEntry> files, List<String> notes) {

    public static final String FILE_NAME = "corpus-manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CorpusManifest {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    public Map<FileKind, Integer> countsByKind() {
        Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);
        files.forEach(entry -> counts.merge(entry.kind(), 1, Integer::sum));
        return counts;
    }

    public long totalBytes() {
        return files.stream().mapToLong(ManifestEntry::size).sum();
    }

    public static CorpusManifest read(Path corpusFolder) throws IOException {
        return JSON.readValue(corpusFolder.resolve(FILE_NAME).toFile(), CorpusManifest.class);
    }

    void write(Path corpusFolder) throws IOException {
        JSON.writeValue(corpusFolder.resolve(FILE_NAME).toFile(), this);
    }
}

package org.disan.batch.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.disan.ingest.model.Access;
import org.disan.ingest.submission.SubmittedFile;

/**
 * Submitted files, with everything the scan found for each (path, size, the sheet's metadata,
 * access, collection and other columns, transcripts), as one string that a step's execution
 * context can hold: JSON, gzipped, in Base64. Only strings, so the job repository's serializer
 * need know no class of ours; gzipped, because the context is written again with every chunk and
 * the paths and column names of a large submission repeat a great deal.
 */
final class PackedFileList {

    private static final TypeReference<List<SubmittedFile>> FILES = new TypeReference<>() {};
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("packed-files")
                    .addSerializer(Path.class, asText(Path.class, Path::toString))
                    .addDeserializer(Path.class, fromText(Path.class, Path::of))
                    .addSerializer(Access.class, asText(Access.class, Access::toString))
                    .addDeserializer(Access.class, fromText(Access.class, Access::parse)))
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PackedFileList() {}

    static String pack(List<SubmittedFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(Base64.getEncoder().wrap(bytes))) {
            JSON.writeValue(out, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + files.size() + " files", e);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    static List<SubmittedFile> unpack(String packed) {
        byte[] base64 = packed.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = new GZIPInputStream(Base64.getDecoder().wrap(new ByteArrayInputStream(base64)))) {
            return List.copyOf(JSON.readValue(in, FILES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the list of files", e);
        }
    }

    private static <T> StdSerializer<T> asText(Class<T> type, Function<T, String> text) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(text.apply(value));
            }
        };
    }

    private static <T> StdDeserializer<T> fromText(Class<T> type, Function<String, T> parse) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return parse.apply(parser.getValueAsString());
            }
        };
    }
}

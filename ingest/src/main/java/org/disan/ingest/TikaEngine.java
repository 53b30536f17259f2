package org.disan.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * The one configured Tika of an ingester: parser and detector are built once and shared by
 * every thread (both are thread-safe), because building them costs hundreds of milliseconds.
 */
final class TikaEngine {

    private static final String CONFIG = "/org/disan/ingest/tika-config.xml";

    private final TikaConfig config;
    private final AutoDetectParser parser;

    /** Built on first use and shared by every ingester of the process: it is immutable. */
    private static final class Shared {
        static final TikaEngine INSTANCE = new TikaEngine();
    }

    static TikaEngine shared() {
        return Shared.INSTANCE;
    }

    private TikaEngine() {
        try (InputStream in = TikaEngine.class.getResourceAsStream(CONFIG)) {
            this.config = new TikaConfig(in);
        } catch (IOException | TikaException | SAXException e) {
            throw new IllegalStateException("Tika configuration " + CONFIG + " cannot be read", e);
        }
        this.parser = new AutoDetectParser(config);
        parser.setDetector(new IdentifiedTypeDetector(config.getDetector()));
    }

    /** The parser; a file whose metadata holds {@link IdentifiedTypeDetector#IDENTIFIED_TYPE} is not detected again. */
    Parser parser() {
        return parser;
    }

    Detector detector() {
        return config.getDetector();
    }

    MediaTypeRegistry mediaTypes() {
        return config.getMediaTypeRegistry();
    }
}

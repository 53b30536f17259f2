package org.disan.ingest;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Whether this machine can run OCR: asked once per process (it runs {@code tesseract}), apart
 * from the rest of Tika, so a JVM that leaves parsing to a parser process never loads its parsers.
 */
final class Tesseract {

    private Tesseract() {}

    private static final class Probe {
        static final boolean INSTALLED = probe();
    }

    static boolean installed() {
        return Probe.INSTALLED;
    }

    private static boolean probe() {
        try {
            return new TesseractOCRParser().hasTesseract();
        } catch (TikaConfigException e) {
            return false;
        }
    }
}

package org.disan.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a file's text and metadata with Tika. A file Tika cannot read becomes a failed
 * {@link Extraction} with a reason a person can act on; it never throws for a bad file.
 */
final class Extractor {

    private final TikaEngine tika;
    private final IngestSettings settings;

    Extractor(TikaEngine tika, IngestSettings settings) {
        this.tika = tika;
        this.settings = settings;
    }

    /**
     * A file whose OCR fails (Tesseract cannot read every image Tika takes for a scan, such as a
     * camera's raw file) is read again without OCR: its metadata is still worth keeping, with a
     * warning that OCR failed.
     */
    Extraction extract(Path file, String fileName, Identification id, OcrPlan ocr) {
        Extraction extraction = extractOnce(file, fileName, id, ocr);
        if (!extraction.isFailed() || !ocr.runs() || extraction.failureKind() != FailureKind.INVALID) {
            return extraction;
        }
        Extraction withoutOcr = extractOnce(file, fileName, id, ocr.withoutOcr());
        return withoutOcr.isFailed() ? extraction : withoutOcr.warning("OCR failed: " + extraction.failure());
    }

    private Extraction extractOnce(Path file, String fileName, Identification id, OcrPlan ocr) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, id.mimeType());
        metadata.set(IdentifiedTypeDetector.IDENTIFIED_TYPE, id.mimeType());
        ParseContext context = new ParseContext();
        ocr.configure(context, settings.perFileTimeout());
        StringWriter text = new StringWriter();
        WriteOutContentHandler limited = new WriteOutContentHandler(text, settings.maxTextChars());
        List<String> warnings = new ArrayList<>();
        Integer truncatedAt = null;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            tika.parser().parse(in, new BodyContentHandler(limited), metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return ParseFailures.of(e, id);
            }
            truncatedAt = settings.maxTextChars();
            warnings.add("text cut at " + truncatedAt + " characters (the limit for one file)");
        } catch (EncryptedDocumentException e) {
            return ParseFailures.encrypted(id);
        } catch (LinkageError e) {
            // A parser built against a newer library than the one on the class path: say so,
            // rather than let the error end the parser process as if the file had crashed it.
            return ParseFailures.of(e, id);
        } catch (TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncatedAt = settings.maxTextChars();
                warnings.add("text cut at " + truncatedAt + " characters (the limit for one file)");
            } else {
                return ParseFailures.of(e, id);
            }
        }
        metadata.remove(IdentifiedTypeDetector.IDENTIFIED_TYPE);
        warnings.addAll(EmbeddedProblems.of(metadata));
        String normalised = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
        return new Extraction(normalised, truncatedAt, metadata, null, null, warnings);
    }
}

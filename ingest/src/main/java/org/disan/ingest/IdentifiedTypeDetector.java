package org.disan.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Trusts the type the ingest already found for a file (content and name, with the same detector)
 * instead of detecting it a second time when the file is parsed: detection reads the file's
 * first bytes against hundreds of patterns and opens zip containers, which is as much as the
 * identification cost. Only the submitted file itself carries that type; documents embedded in
 * it have fresh metadata and are detected as usual.
 */
final class IdentifiedTypeDetector implements Detector {

    /** The metadata name under which {@link Extractor} passes the identified type; removed after parsing. */
    static final String IDENTIFIED_TYPE = "X-Disan-Identified-Type";

    private final Detector detector;

    IdentifiedTypeDetector(Detector detector) {
        this.detector = detector;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String identified = metadata.get(IDENTIFIED_TYPE);
        MediaType type = identified == null ? null : MediaType.parse(identified);
        return type != null ? type : detector.detect(input, metadata);
    }
}

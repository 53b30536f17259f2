package org.disan.batch.bench.cold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing the cold benchmark times: a submission, an OCR mode ({@code null}: the command's
 * default) and an index (Elasticsearch at {@code esUrl}, or the embedded one when it is {@code null}).
 */
record ColdCase(String name, Path submission, String ocr, String esUrl) {

    String backend() {
        return esUrl == null ? "embedded" : "elasticsearch";
    }

    /** The ingest command line after the launcher, into a new data folder (and a new index). */
    List<String> arguments(Path dataFolder, String esIndex) {
        List<String> arguments = new ArrayList<>(List.of("ingest", submission.toString(), "--data", dataFolder.toString()));
        if (ocr != null) {
            arguments.addAll(List.of("--ocr", ocr));
        }
        if (esUrl != null) {
            arguments.addAll(List.of("--es-url", esUrl, "--es-index", esIndex));
        }
        return arguments;
    }
}

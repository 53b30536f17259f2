package org.disan.samples.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.disan.samples.CatalogueRecord;
import org.disan.samples.PlannedFile;
import org.disan.samples.text.HeritageProse;

/** A UTF-8 plain-text transcript or a small HTML page, as museums export from their web sites. */
public final class TextDocumentWriter implements SampleWriter {

    private final boolean html;

    private TextDocumentWriter(boolean html) {
        this.html = html;
    }

    public static TextDocumentWriter plainText() {
        return new TextDocumentWriter(false);
    }

    public static TextDocumentWriter html() {
        return new TextDocumentWriter(true);
    }

    @Override
    public void write(PlannedFile file, Path target) throws IOException {
        SplittableRandom random = file.random();
        List<String> paragraphs = HeritageProse.paragraphs(file.topic(), file.language(), 2 + random.nextInt(8), random);
        String content = html ? html(file, paragraphs) : file.record().title() + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }

    private static String html(PlannedFile file, List<String> paragraphs) {
        CatalogueRecord record = file.record();
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(file.language().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(record.title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(record.creator())).append("\">\n")
                .append("</head>\n<body>\n<h1>").append(escape(record.title())).append("</h1>\n");
        for (String paragraph : paragraphs) {
            page.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.disan.batch.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report (page and JSON) a command's output names on its {@code Report: } line. */
public final class ReportPaths {

    private static final Pattern REPORT = Pattern.compile("Report:\\s+(\\S+)\\.(?:html|json)");

    private ReportPaths() {}

    public static Path page(String output) {
        Matcher report = REPORT.matcher(output);
        if (!report.find()) {
            throw new AssertionError("no report named in: " + output);
        }
        return Path.of(report.group(1) + ".html");
    }

    /** The JSON beside the page. */
    public static Path json(String output) {
        Path page = page(output);
        return page.resolveSibling(page.getFileName().toString().replace(".html", ".json"));
    }
}

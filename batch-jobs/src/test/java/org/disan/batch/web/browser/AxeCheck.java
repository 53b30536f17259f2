package org.disan.batch.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (vendored from the npm package, see {@code axe-core/README.md}) in the page the
 * browser shows and returns its serious and critical violations, one line each.
 */
final class AxeCheck {

    private static final String AXE = load();

    private AxeCheck() {}

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(AXE);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) script.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(browser.getCurrentUrl() + ": " + violation.get("id") + " (" + impact + ") "
                        + violation.get("help") + " at " + violation.get("nodes"));
            }
        }
        return serious;
    }

    private static String load() {
        try (InputStream in = AxeCheck.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

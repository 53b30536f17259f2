package org.disan.batch;

import java.util.HashMap;
import java.util.Map;

/**
 * Logging levels for the Spring contexts that commands start. The command line reports a failure
 * in one line of its own, so the framework's stack traces of the same failure are silenced;
 * {@code DISAN_DEBUG=1} brings them back.
 */
public final class CommandLineLogging {

    private CommandLineLogging() {}

    public static Map<String, Object> properties() {
        Map<String, Object> levels = new HashMap<>();
        if (System.getenv("DISAN_DEBUG") != null) {
            return levels;
        }
        levels.put("logging.level.org.springframework.boot.SpringApplication", "off");
        levels.put("logging.level.org.springframework.boot.diagnostics", "off");
        levels.put("logging.level.org.springframework.context.annotation", "error");
        levels.put("logging.level.org.springframework.boot.web.servlet.context", "error");
        // A failed step's stack trace is kept in the job repository (its exit description).
        levels.put("logging.level.org.springframework.batch.core.step.AbstractStep", "off");
        levels.put("logging.level.org.springframework.batch.core.job.AbstractJob", "off");
        return levels;
    }
}

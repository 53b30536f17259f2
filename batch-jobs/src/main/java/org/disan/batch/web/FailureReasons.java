package org.disan.batch.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A file's failure reason, as the ingest wrote it, in the interface's language: the known kinds
 * of reason have a message ({@code reason.timeout}) that keeps the reason's details; any other is
 * shown as written.
 */
@Component("reasons")
public class FailureReasons {

    private record Kind(Pattern pattern, String key) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("empty file \\(0 bytes\\)"), "reason.empty"),
            new Kind(Pattern.compile("cannot be read: (.*)", Pattern.DOTALL), "reason.unreadable"),
            new Kind(Pattern.compile("not a valid (.+?): (.*)", Pattern.DOTALL), "reason.invalid"),
            new Kind(Pattern.compile("reading took longer than (\\d+).*", Pattern.DOTALL), "reason.timeout"),
            new Kind(Pattern.compile("reading needed more memory than this process has"), "reason.memory"),
            new Kind(Pattern.compile("interrupted while reading"), "reason.interrupted"),
            new Kind(Pattern.compile("the parser process stopped while reading(.*)", Pattern.DOTALL), "reason.parserStopped"));

    private final MessageSource messages;

    FailureReasons(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String reason) {
        if (reason == null) {
            return null;
        }
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(reason.strip());
            if (matcher.matches()) {
                Object[] details = new Object[matcher.groupCount()];
                for (int i = 0; i < details.length; i++) {
                    details[i] = matcher.group(i + 1).strip();
                }
                return messages.getMessage(kind.key(), details, reason, LocaleContextHolder.getLocale());
            }
        }
        return reason;
    }
}

package org.disan.ingest.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disan.ingest.model.Cue;

/**
 * Reads WebVTT and SubRip cue files as people actually write them: a byte-order mark, CRLF line
 * ends, styles and notes, cues without numbers, overlapping cues, hours past 99. A cue that cannot
 * be read (a bad timestamp, an end before its start) is left out and reported with its line
 * number; the rest of the file is still read, so one typo never costs a whole transcript.
 */
public final class CueFileReader {

    /** What was read: the cues ordered by start time, and the problems, each naming its line. */
    public record Result(List<Cue> cues, List<String> problems) {}

    /** Larger files are refused unread: no transcript of a real recording comes near it. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final String ARROW = "-->";

    private final CueFormat format;
    private final List<Cue> cues = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private CueFileReader(CueFormat format) {
        this.format = format;
    }

    public static Result read(byte[] bytes, CueFormat format) {
        CueFileReader reader = new CueFileReader(format);
        if (bytes.length > MAX_BYTES) {
            reader.problems.add("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not read");
        } else {
            reader.readLines(reader.decode(bytes).split("\r\n|\r|\n", -1));
        }
        reader.cues.sort(Comparator.comparingDouble(Cue::start));
        return new Result(List.copyOf(reader.cues), List.copyOf(reader.problems));
    }

    private String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add("the file is not UTF-8 text; unreadable bytes were replaced (save it as UTF-8)");
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private void readLines(String[] lines) {
        int i = 0;
        if (format == CueFormat.WEBVTT) {
            if (lines.length == 0 || !isWebVttHeader(lines[0])) {
                problems.add("line 1: a WebVTT file starts with 'WEBVTT'; read as cues anyway");
            } else {
                i = skipBlock(lines, 0);
            }
        }
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
            } else {
                i = readBlock(lines, i);
            }
        }
    }

    private static boolean isWebVttHeader(String line) {
        return line.equals("WEBVTT") || line.startsWith("WEBVTT ") || line.startsWith("WEBVTT\t");
    }

    /** One block (a cue, or a WebVTT note, style or region); returns the line after it. */
    private int readBlock(String[] lines, int start) {
        String first = lines[start].strip();
        if (format == CueFormat.WEBVTT && isMetadataBlock(first)) {
            return skipBlock(lines, start);
        }
        int timing = first.contains(ARROW) ? start : start + 1;
        if (timing >= lines.length || !lines[timing].contains(ARROW)) {
            problems.add("line " + (start + 1) + ": expected a cue's timing ('00:01:02.000 --> 00:01:05.000'),"
                    + " found '" + shorten(first) + "'; block skipped");
            return skipBlock(lines, start);
        }
        int end = skipBlock(lines, timing);
        StringBuilder text = new StringBuilder();
        for (int i = timing + 1; i < end; i++) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(lines[i]);
        }
        addCue(lines[timing], timing + 1, text.toString());
        return end;
    }

    private static boolean isMetadataBlock(String first) {
        return first.equals("NOTE") || first.startsWith("NOTE ") || first.startsWith("NOTE\t")
                || first.equals("STYLE") || first.equals("REGION");
    }

    private void addCue(String timingLine, int lineNumber, String markedText) {
        String[] sides = timingLine.split(ARROW, 2);
        String endField = sides[1].strip();
        int settings = endField.indexOf(' ');
        if (settings < 0) {
            settings = endField.indexOf('\t');
        }
        // WebVTT puts cue settings (position, align) after the end time
        String endText = settings < 0 ? endField : endField.substring(0, settings);
        double start = CueTime.parse(sides[0]);
        double end = CueTime.parse(endText);
        if (start < 0 || end < 0) {
            String bad = start < 0 ? sides[0].strip() : endText;
            problems.add("line " + lineNumber + ": '" + shorten(bad) + "' is not a timestamp; cue skipped");
            return;
        }
        if (end < start) {
            problems.add("line " + lineNumber + ": the cue ends before it starts; cue skipped");
            return;
        }
        String text = CueText.plain(markedText);
        if (!text.isEmpty()) {
            cues.add(new Cue(start, end, text));
        }
    }

    /** The index of the first blank line at or after {@code from}, or the end. */
    private static int skipBlock(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

package org.disan.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disan.ingest.model.Cue;
import org.junit.jupiter.api.Test;

class CueFileReaderTest {

    private static CueFileReader.Result vtt(String text) {
        return CueFileReader.read(text.getBytes(StandardCharsets.UTF_8), CueFormat.WEBVTT);
    }

    private static CueFileReader.Result srt(String text) {
        return CueFileReader.read(text.getBytes(StandardCharsets.UTF_8), CueFormat.SUBRIP);
    }

    @Test
    void readsWebVttWithByteOrderMarkStylesNotesAndCueSettings() {
        CueFileReader.Result result = vtt("\uFEFFWEBVTT - ca trù\r\n\r\n"
                + "STYLE\r\n::cue { color: yellow }\r\n\r\n"
                + "NOTE recorded in Hà Nội\r\nby the museum\r\n\r\n"
                + "intro\r\n00:00.500 --> 00:04.000 align:start position:10%\r\n"
                + "<v Đào nương>Tiếng <b>phách</b> &amp; đàn đáy</v>\r\n\r\n"
                + "00:01:02.250 --> 00:01:05.000\r\nhai dòng\r\nmột cue\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.cues()).containsExactly(
                new Cue(0.5, 4.0, "Tiếng phách & đàn đáy"),
                new Cue(62.25, 65.0, "hai dòng\nmột cue"));
    }

    @Test
    void readsSubRipWithTagsOverridesAndCommaMillis() {
        CueFileReader.Result result = srt("1\n00:00:01,000 --> 00:00:03,500\n{\\an8}<i>Làng gốm</i> "
                + "<font color=\"#ff0\">Bát Tràng</font>\n\n2\n00:00:04,000 --> 00:00:06,000\nmen lam\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.cues()).extracting(Cue::text).containsExactly("Làng gốm Bát Tràng", "men lam");
        assertThat(result.cues().get(0).end()).isEqualTo(3.5);
    }

    @Test
    void hoursPastNinetyNineAreKept() {
        CueFileReader.Result result = srt("1\n123:04:05,678 --> 123:04:09,000\nđêm thứ năm\n");

        assertThat(result.cues()).singleElement()
                .satisfies(cue -> assertThat(cue.start()).isEqualTo(123 * 3600 + 4 * 60 + 5.678, within()));
    }

    @Test
    void overlappingCuesAreKeptInStartOrder() {
        CueFileReader.Result result = vtt("WEBVTT\n\n00:05.000 --> 00:09.000\nhai\n\n"
                + "00:01.000 --> 00:07.000\nmột\n\n00:06.000 --> 00:08.000\nchen giữa\n");

        assertThat(result.cues()).extracting(Cue::text).containsExactly("một", "hai", "chen giữa");
    }

    @Test
    void aBadTimestampSkipsOnlyItsCueAndNamesTheLine() {
        CueFileReader.Result result = srt("1\n00:00:01,000 --> 00:00:02,000\nđúng\n\n"
                + "2\n00:00:61,000 --> 00:00:62,000\ngiây sai\n\n"
                + "3\n00:00:09,000 --> 00:00:08,000\nngược\n\n"
                + "4\nkhông có thời gian\n\n"
                + "5\n00:00:10,000 --> 00:00:11,000\nvẫn đọc tiếp\n");

        assertThat(result.cues()).extracting(Cue::text).containsExactly("đúng", "vẫn đọc tiếp");
        assertThat(result.problems()).containsExactly(
                "line 6: '00:00:61,000' is not a timestamp; cue skipped",
                "line 10: the cue ends before it starts; cue skipped",
                "line 13: expected a cue's timing ('00:01:02.000 --> 00:01:05.000'), found '4'; block skipped");
    }

    @Test
    void aWebVttFileWithoutItsHeaderIsReadWithAProblem() {
        CueFileReader.Result result = vtt("00:01.000 --> 00:02.000\nkhông có đầu\n");

        assertThat(result.cues()).hasSize(1);
        assertThat(result.problems()).singleElement().asString().startsWith("line 1:");
    }

    @Test
    void textThatIsNotUtf8IsReportedNotThrown() {
        byte[] latin1 = "1\n00:00:01,000 --> 00:00:02,000\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        CueFileReader.Result result = CueFileReader.read(latin1, CueFormat.SUBRIP);

        assertThat(result.cues()).hasSize(1);
        assertThat(result.problems()).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void webVttWrittenBackReadsTheSameCues() {
        List<Cue> cues = List.of(new Cue(0, 1.5, "a < b & c --> d"), new Cue(3723.004, 3725, "hai\ndòng"));

        String written = WebVttWriter.write(cues);

        assertThat(written).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n");
        assertThat(vtt(written).cues()).isEqualTo(cues);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.0005);
    }
}

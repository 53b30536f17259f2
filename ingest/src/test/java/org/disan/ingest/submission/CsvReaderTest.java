package org.disan.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader.Result read(char delimiter, String text) throws IOException {
        return new CsvReader(delimiter).read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaks() throws IOException {
        String csv = "file,title,description\r\n"
                + "a.pdf,\"Hà Nội, 1945\",\"Ông nói \"\"độc lập\"\"\nrồi im lặng\"\r\n"
                + "b.pdf,Huế,\n";

        CsvReader.Result result = read(',', csv);

        assertThat(result.problem()).isNull();
        assertThat(result.rows()).extracting(CsvReader.Row::cells).containsExactly(
                List.of("file", "title", "description"),
                List.of("a.pdf", "Hà Nội, 1945", "Ông nói \"độc lập\"\nrồi im lặng"),
                List.of("b.pdf", "Huế", ""));
        assertThat(result.rows()).extracting(CsvReader.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void blankLinesAreSkippedAndALastLineWithoutBreakIsRead() throws IOException {
        CsvReader.Result result = read(';', "file;title\n\n;\nc.jpg;Chùa Hương");

        assertThat(result.rows()).extracting(CsvReader.Row::cells)
                .containsExactly(List.of("file", "title"), List.of("c.jpg", "Chùa Hương"));
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() throws IOException {
        CsvReader.Result result = read(',', "file,title\na.pdf,ok\nb.pdf,\"never closed\n");

        assertThat(result.problem()).isEqualTo("line 3: a quoted cell is never closed");
        assertThat(result.rows()).hasSize(2);
    }

    @Test
    void theDelimiterIsSniffedFromTheHeaderIgnoringQuotedOnes() {
        assertThat(CsvReader.sniffDelimiter("file;title;\"creator, main\"")).isEqualTo(';');
        assertThat(CsvReader.sniffDelimiter("file,title,\"a;b;c;d\"")).isEqualTo(',');
    }
}

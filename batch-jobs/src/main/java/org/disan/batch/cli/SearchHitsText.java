package org.disan.batch.cli;

import java.io.PrintWriter;
import org.disan.batch.TerminalText;
import org.disan.search.CueHit;
import org.disan.search.SearchHit;
import org.disan.search.SearchResult;
import org.disan.search.SnippetText;

/** Prints search hits for a person at a terminal: rank, title, type, snippet and id. */
final class SearchHitsText {

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final PrintWriter out;
    private final boolean ansi;

    SearchHitsText(PrintWriter out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    void print(String query, SearchResult result) {
        if (result.total() == 0) {
            out.printf("No records match \"%s\".%n", query);
            return;
        }
        out.printf("%d record%s match \"%s\"%s%n", result.total(), result.total() == 1 ? "" : "s", query,
                result.total() > result.hits().size() ? " (showing " + result.hits().size() + ")" : "");
        int rank = 1;
        for (SearchHit hit : result.hits()) {
            out.println();
            out.printf("%2d. %s%n", rank++, TerminalText.escape(hit.title()));
            out.printf("    %s%s%s  score %.2f%n", describe(hit),
                    hit.date() == null ? "" : " · " + hit.date(),
                    hit.place() == null ? "" : " · " + hit.place(), hit.score());
            String snippet = marked(hit.snippet());
            if (!snippet.isEmpty()) {
                out.printf("    %s%n", snippet);
            }
            for (CueHit cue : hit.cues()) {
                out.printf("    %8s  … %s …%n", cue.startClock(), marked(cue.marked()));
            }
            out.printf("    id %s%s%n", hit.id(), hit.originalFileName() == null ? "" : "  (" + TerminalText.escape(hit.originalFileName()) + ")");
        }
    }

    /** Matched words in bold at a terminal, between brackets elsewhere. */
    private String marked(String snippetHtml) {
        return ansi ? SnippetText.marked(snippetHtml, BOLD, RESET) : SnippetText.marked(snippetHtml, "[", "]");
    }

    private static String describe(SearchHit hit) {
        if (hit.type() != null && hit.mimeType() != null) {
            return hit.type() + " (" + hit.mimeType() + ")";
        }
        return hit.type() != null ? hit.type() : String.valueOf(hit.mimeType());
    }
}

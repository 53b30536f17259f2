package org.disan.batch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.data.ArchiveIndexes;
import org.disan.batch.data.DataFolder;
import org.disan.batch.data.IndexSelection;
import org.disan.search.ArchiveIndex;
import org.disan.search.InvalidQueryException;
import org.disan.search.SearchRequest;
import org.disan.search.SearchRequest.Audience;
import org.disan.search.SearchRequest.SortOrder;
import org.disan.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code disan search <query...>}: ranked hits from the data folder's index, as text or JSON. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the archive. Words are found with or without Vietnamese diacritics.",
            "Query language: words, \"phrases\", field:value, AND/OR/NOT, prefix*."
        })
public class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private IndexOptions index;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
    private List<String> words;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print the hits as JSON for scripts.")
    private boolean json;

    @Option(names = "--all", description = "Include restricted and embargoed records (archivists).")
    private boolean all;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UserInputException("--limit must be at least 1, not " + limit);
        }
        String query = Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC);
        SearchResult result = search(new SearchRequest(
                query, Map.of(), 0, limit, SortOrder.RELEVANCE, all ? Audience.STAFF : Audience.PUBLIC));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(SearchHitsJson.of(query, result)));
        } else {
            new SearchHitsText(out, Help.Ansi.AUTO.enabled()).print(query, result);
        }
        out.flush();
        return DisanCommandLine.SUCCESS;
    }

    private SearchResult search(SearchRequest request) {
        IndexSelection selection = index.selection();
        DataFolder dataFolder = data.dataFolder();
        if (selection.isEmbedded() && !dataFolder.hasIndex()) {
            throw new UserInputException("no archive in " + dataFolder.root()
                    + " yet: ingest a folder first with 'disan ingest <folder>' (or give --data)");
        }
        try (ArchiveIndex archive =
                DataFolderInUse.translate(dataFolder, () -> ArchiveIndexes.open(dataFolder, selection))) {
            return archive.search(request);
        } catch (InvalidQueryException e) {
            throw new UserInputException("cannot understand the query: " + e.getMessage(), e);
        }
    }
}

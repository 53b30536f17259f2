package org.disan.batch.bench.search;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disan.batch.DisanCommandLine;
import org.disan.batch.web.oai.OaiProvider;
import org.disan.batch.web.oai.OaiSettings;
import org.disan.search.lucene.LuceneArchiveIndex;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code disan bench oai}: a whole ListRecords harvest of the search benchmark's synthetic archive
 * on the embedded index, page by page as a harvester asks, with each page's time.
 */
@Command(name = "oai", mixinStandardHelpOptions = true,
        description = "Harvest the synthetic archive over OAI-PMH (ListRecords, oai_dc) and print the time per page.")
public class OaiBenchCommand implements Callable<Integer> {

    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");

    @Spec
    private CommandSpec spec;

    @Option(names = "--records", defaultValue = "100000", paramLabel = "N", description = "Records in the archive (default ${DEFAULT-VALUE}).")
    private int records;

    @Option(names = "--seed", defaultValue = "20261125", paramLabel = "SEED", description = "Seed of the synthetic archive.")
    private long seed;

    @Option(names = "--page-size", defaultValue = "100", paramLabel = "N", description = "Records per page (default ${DEFAULT-VALUE}).")
    private int pageSize;

    @Option(names = "--rounds", defaultValue = "2", paramLabel = "N", description = "Whole harvests; the first warms up (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("disan-bench-oai");
        try (LuceneArchiveIndex index = LuceneArchiveIndex.open(folder)) {
            SyntheticArchive archive = new SyntheticArchive(seed, records);
            long start = System.nanoTime();
            for (int from = 0; from < records; from += 1000) {
                index.index(archive.records(from, Math.min(records, from + 1000)));
            }
            out.printf("indexed %,d records in %.1f s%n", records, (System.nanoTime() - start) / 1e9);
            OaiProvider provider = new OaiProvider(index, new OaiSettings(pageSize, null, null, null, null),
                    "http://localhost/oai", "http://localhost", Clock.systemDefaultZone());
            for (int round = 1; round <= rounds; round++) {
                harvest(provider, out, round == rounds ? "timed" : "warm-up");
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        return DisanCommandLine.SUCCESS;
    }

    private void harvest(OaiProvider provider, PrintWriter out, String label) {
        Latencies pages = new Latencies();
        Latencies cpu = new Latencies();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, String[]> request = new HashMap<>(Map.of("verb", new String[] {"ListRecords"},
                "metadataPrefix", new String[] {"oai_dc"}));
        long harvested = 0;
        long start = System.nanoTime();
        while (true) {
            long before = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            String answer = new String(provider.answer(request), StandardCharsets.UTF_8);
            pages.add(System.nanoTime() - before);
            cpu.add(threads.getCurrentThreadCpuTime() - cpuBefore);
            harvested += count(answer, "<record>");
            Matcher token = TOKEN.matcher(answer);
            if (!token.find()) {
                break;
            }
            request = Map.of("verb", new String[] {"ListRecords"}, "resumptionToken", new String[] {token.group(1)});
        }
        Latencies.Summary summary = pages.summary();
        out.printf("%s harvest: %,d records in %,d pages of %d, %.1f s; per page p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                label, harvested, summary.samples(), pageSize, (System.nanoTime() - start) / 1e9,
                summary.p50Millis(), summary.p95Millis(), summary.p99Millis(), summary.maxMillis());
        Latencies.Summary onCpu = cpu.summary();
        out.printf("  CPU time of the harvesting thread per page: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; load average %.1f%n",
                onCpu.p50Millis(), onCpu.p95Millis(), onCpu.p99Millis(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }
}

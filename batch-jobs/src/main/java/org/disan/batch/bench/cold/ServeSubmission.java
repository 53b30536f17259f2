package org.disan.batch.bench.cold;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.util.FileSystemUtils;

/**
 * How soon a submission to a running server can be found: starts {@code disan serve} with the
 * launcher (on an archive of one file), POSTs a one-file zip to {@code /api/submissions} once to
 * warm the server and its parser process, then several more, each with a word of its own, timing
 * from the 202 until {@code /api/search} finds that word.
 */
final class ServeSubmission {

    /** @param seconds from each timed 202 to the first search that found its file */
    record Result(String index, List<Double> seconds) {

        @JsonProperty("fastest")
        public double fastest() {
            return Collections.min(seconds);
        }
    }

    private static final int TIMED = 3;
    /** API tokens need 32 characters or more. */
    private static final String TOKEN = "cold-bench-token-" + java.util.UUID.randomUUID();
    private static final Pattern SERVING = Pattern.compile("Serving the archive in .* at (http://\\S+?)/? ");
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final PrintWriter print;
    private final Path work;
    private final HttpClient http = HttpClient.newHttpClient();

    ServeSubmission(PrintWriter print, Path work) {
        this.print = print;
        this.work = work;
    }

    Result measure(Path launcher, String esUrl) throws IOException, InterruptedException {
        print.printf("Submissions to a running `disan serve` ...%n");
        print.flush();
        Path data = work.resolve("data");
        Path first = work.resolve("first");
        Files.createDirectories(first);
        Files.writeString(first.resolve("first.txt"), "Thăng Long\n", StandardCharsets.UTF_8);
        List<String> index = esUrl == null ? List.of()
                : List.of("--es-url", esUrl, "--es-index", "disan-cold-serve-" + ProcessHandle.current().pid());
        ingest(launcher, first, data, index);
        Process server = serve(launcher, data, index);
        try {
            String base = baseUrl(server);
            submitAndFind(base, "warmup" + System.nanoTime());
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < TIMED; i++) {
                double took = submitAndFind(base, "word" + i + "x" + System.nanoTime());
                print.printf(Locale.ROOT, "  submission %d searchable %.2f s after the 202%n", i + 1, took);
                print.flush();
                seconds.add(took);
            }
            return new Result(esUrl == null ? "embedded" : "elasticsearch", seconds);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static void ingest(Path launcher, Path folder, Path data, List<String> index)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "ingest", folder.toString(),
                "--data", data.toString()));
        command.addAll(index);
        LauncherRun.Result result = LauncherRun.run(command, java.util.Map.of());
        if (result.exitCode() != 0) {
            throw new IOException("the server's first ingest failed: " + result.tail());
        }
    }

    private static Process serve(Path launcher, Path data, List<String> index) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "serve", "--data", data.toString(),
                "--port", "0"));
        command.addAll(index);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISAN_API_TOKEN", TOKEN);
        // the benchmark polls the search far faster than a person; the per-client limit would time itself
        builder.environment().put("DISAN_RATELIMITS_SEARCHESPERMINUTE", "1000000");
        return builder.start();
    }

    /** Reads the server's output until it says where it serves; the rest of its output is drained. */
    private static String baseUrl(Process server) throws IOException, InterruptedException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                CompletableFuture.runAsync(() -> lines.lines().forEach(rest -> { }));
                return serving.group(1);
            }
        }
        boolean ended = server.waitFor(10, TimeUnit.SECONDS);
        throw new IOException("the server ended before it served"
                + (ended ? " (exit code " + server.exitValue() + ")" : ""));
    }

    /** POSTs a zip of one text file holding {@code word}; returns seconds from the 202 until a search finds it. */
    private double submitAndFind(String base, String word) throws IOException, InterruptedException {
        HttpRequest submission = HttpRequest.newBuilder(URI.create(base + "/api/submissions?name=" + word))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipOf(word))).build();
        HttpResponse<String> accepted = http.send(submission, HttpResponse.BodyHandlers.ofString());
        // the archive takes one submission at a time: the last one's job may still be writing its report
        for (long until = System.nanoTime() + GIVE_UP_NANOS; accepted.statusCode() == 429 && System.nanoTime() < until; ) {
            Thread.sleep(100);
            accepted = http.send(submission, HttpResponse.BodyHandlers.ofString());
        }
        long at = System.nanoTime();
        if (accepted.statusCode() != 202) {
            throw new IOException("the submission was not accepted: " + accepted.statusCode() + " " + accepted.body());
        }
        URI search = URI.create(base + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        while (System.nanoTime() - at < GIVE_UP_NANOS) {
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(search)
                    .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (found.statusCode() == 200 && new ObjectMapper().readTree(found.body()).path("total").asLong() > 0) {
                return (System.nanoTime() - at) / 1e9;
            }
            Thread.sleep(20);
        }
        throw new IOException("the submission " + word + " was not searchable within 120 s");
    }

    private static byte[] zipOf(String word) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(word + ".txt"));
            zip.write(("Bản ghi " + word + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

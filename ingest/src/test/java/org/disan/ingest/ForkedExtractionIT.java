package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.disan.ingest.IngestOutcome.Status;
import org.disan.ingest.model.Access;
import org.disan.ingest.model.DublinCore;
import org.disan.ingest.store.ArchiveStore;
import org.disan.ingest.submission.SubmittedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing in worker processes: results as in-process, overruns and crashes contained. */
class ForkedExtractionIT {

    @TempDir
    Path data;

    @TempDir
    Path in;

    private static SubmittedFile submitted(Path file) throws IOException {
        return new SubmittedFile(file, file.getFileName().toString(), Files.size(file), DublinCore.EMPTY, Access.PUBLIC);
    }

    /** This test JVM starts no other java processes than parser workers. */
    private static List<ProcessHandle> liveWorkers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .toList();
    }

    @Test
    void aWorkerGivesTheSameRecordAsParsingInProcess() throws IOException {
        Path pdf = TestFiles.pdf(in.resolve("hoi-an.pdf"), "Phố cổ Hội An", "Bảo tàng Hội An",
                List.of("Phố cổ Hội An từng là một thương cảng quốc tế sầm uất.", "Chùa Cầu là biểu tượng của phố."));
        IngestSettings settings = IngestSettings.defaults().withOcrMode(OcrMode.OFF);

        IngestOutcome forked;
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("a")), settings,
                ParserIsolation.sameClassPath("256m"))) {
            forked = ingester.ingest(submitted(pdf), "m", null);
        }
        IngestOutcome local;
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("b")), settings)) {
            local = ingester.ingest(submitted(pdf), "m", null);
        }

        assertThat(forked.status()).isEqualTo(Status.INGESTED);
        assertThat(forked.record().fullText()).isEqualTo(local.record().fullText()).contains("Chùa Cầu");
        assertThat(forked.record().dublinCore()).isEqualTo(local.record().dublinCore());
        assertThat(forked.record().technical()).isEqualTo(local.record().technical());
        assertThat(liveWorkers()).isEmpty();
    }

    @Test
    void theThreadsOfAnIngestShareOneWorkerThatReadsTheirFilesAtOnce() throws Exception {
        // given twelve short texts and one ingester used by three threads at once
        List<Path> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add(Files.writeString(in.resolve("tho-" + i + ".txt"), "Bài thơ số " + i + " về Hồ Tây."));
        }
        IngestSettings settings = IngestSettings.defaults().withOcrMode(OcrMode.OFF);
        List<IngestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Integer> workersSeen = Collections.synchronizedList(new ArrayList<>());
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("s")), settings,
                ParserIsolation.sameClassPath("256m"))) {
            // when each thread ingests every third text
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int first = t;
                threads.add(new Thread(() -> {
                    for (int i = first; i < texts.size(); i += 3) {
                        try {
                            outcomes.add(ingester.ingest(submitted(texts.get(i)), "m", null));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        workersSeen.add(liveWorkers().size());
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        // then every text was read, and never by more than one worker process
        assertThat(outcomes).hasSize(12).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(Status.INGESTED);
            assertThat(outcome.record().fullText()).startsWith("Bài thơ số ");
        });
        assertThat(workersSeen).containsOnly(1);
        assertThat(liveWorkers()).isEmpty();
    }

    @Test
    void aFileReadBesideOneThatCrashesTheWorkerIsReadAgainAloneAndOnlyTheCulpritFails() throws Exception {
        // given a scan whose OCR takes seconds, and a text too large for the worker's tiny heap
        List<String> page = List.of("Chùa Một Cột", "Xây năm 1049", "Thời vua Lý Thái Tông");
        Path scan = TestFiles.imageOnlyPdf(in.resolve("mot-cot.pdf"), page, 6);
        Path huge = hugeText(in.resolve("huge.txt"));
        ParserIsolation tiny = new ParserIsolation(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ParserServer.class.getName()), 100);
        IngestSettings settings = new IngestSettings(OcrMode.ON, Duration.ofSeconds(120),
                IngestSettings.defaults().maxTextChars());

        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("x")), settings, tiny)) {
            // when the text is sent to the worker while it is reading the scan
            var scanning = CompletableFuture.supplyAsync(() -> {
                try {
                    return ingester.ingest(submitted(scan), "m", null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            awaitAWorker();
            Thread.sleep(1500);
            IngestOutcome crashed = ingester.ingest(submitted(huge), "m", null);
            IngestOutcome scanned = scanning.get();

            // then the scan is read all the same, and only the text fails
            assertThat(scanned.status()).as("scan: %s", scanned.reason()).isEqualTo(Status.INGESTED);
            assertThat(scanned.record().fullText()).containsIgnoringCase("Chùa Một Cột");
            assertThat(crashed.status()).isEqualTo(Status.FAILED);
            assertThat(crashed.failureKind()).isEqualTo(FailureKind.PARSER_STOPPED);
        }
    }

    private static void awaitAWorker() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (liveWorkers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static Path hugeText(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line = "Nhã nhạc cung đình Huế là âm nhạc cung đình thời Nguyễn.\n";
            for (int i = 0; i < 600_000; i++) {
                out.write(line);
            }
        }
        return file;
    }

    @Test
    void aWarmWorkerKeptIdleServesTheNextIngesterAndStopsWhenIdleTooLong() throws Exception {
        // given parser processes kept idle for two seconds after their ingester closes
        ParserIsolation kept = ParserIsolation.sameClassPath("256m").keepingIdleFor(Duration.ofSeconds(2));
        Path first = Files.writeString(in.resolve("first.txt"), "Thành nhà Hồ ở Thanh Hóa.");
        Path second = Files.writeString(in.resolve("second.txt"), "Vịnh Hạ Long có gần hai nghìn hòn đảo.");
        IngestSettings settings = IngestSettings.defaults().withOcrMode(OcrMode.OFF);

        // when one ingester reads a file and closes, and a second one reads another file
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("f")), settings, kept)) {
            assertThat(ingester.ingest(submitted(first), "m", null).status()).isEqualTo(Status.INGESTED);
        }
        List<Long> afterFirst = liveWorkers().stream().map(ProcessHandle::pid).toList();
        IngestOutcome next;
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("g")), settings, kept)) {
            next = ingester.ingest(submitted(second), "m", null);
        }
        List<Long> afterSecond = liveWorkers().stream().map(ProcessHandle::pid).toList();

        // then the second ingester used the first one's process, which later stops on its own
        assertThat(next.status()).isEqualTo(Status.INGESTED);
        assertThat(next.record().fullText()).contains("Vịnh Hạ Long");
        assertThat(afterFirst).hasSize(1);
        assertThat(afterSecond).isEqualTo(afterFirst);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!liveWorkers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(liveWorkers()).as("idle workers are stopped after the keep-idle time").isEmpty();
    }

    @Test
    void aWorkerWhoseHeapStaysFullIsReplacedAfterItsFile() throws Exception {
        // given parser processes that count their heap as full from the start (as a leaking one would be)
        ParserIsolation usual = ParserIsolation.sameClassPath("256m");
        List<String> command = new ArrayList<>(usual.command());
        command.add(1, "-D" + HeapPressure.RETIRE_AT_PROPERTY + "=0");
        ParserIsolation leaking = new ParserIsolation(command, usual.filesPerProcess(), Duration.ofSeconds(30));
        Path first = Files.writeString(in.resolve("first.txt"), "Văn Miếu – Quốc Tử Giám.");
        Path second = Files.writeString(in.resolve("second.txt"), "Phố cổ Hội An bên sông Hoài.");
        IngestSettings settings = IngestSettings.defaults().withOcrMode(OcrMode.OFF);

        // when two files are read one after the other
        IngestOutcome firstOutcome;
        IngestOutcome secondOutcome;
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("h")), settings, leaking)) {
            firstOutcome = ingester.ingest(submitted(first), "m", null);
            // then the process that read the first one is not kept for the next
            assertThat(SharedParser.of(leaking).processes()).isZero();
            secondOutcome = ingester.ingest(submitted(second), "m", null);
        }

        // and both files were read, each by a process of its own
        assertThat(firstOutcome.record().fullText()).contains("Quốc Tử Giám");
        assertThat(secondOutcome.record().fullText()).contains("Hội An");
        assertThat(SharedParser.of(leaking).processes()).isZero();
    }

    @Test
    void anOverrunningParseIsStoppedWithItsProcessAndTheNextFileIsFine() throws Exception {
        // OCR reads a page in about a second on an idle machine; 48 pages overrun a ten-second limit
        // several times over, while the limit stays wide enough for a cold worker to read a short text
        // on a busy machine.
        List<String> page = List.of("Hoàng thành Thăng Long", "Di sản văn hóa thế giới", "UNESCO công nhận năm 2010");
        Path scan = TestFiles.imageOnlyPdf(in.resolve("scan.pdf"), page, 48);
        Path before = Files.writeString(in.resolve("before.txt"), "Văn Miếu ở Hà Nội.");
        Path after = Files.writeString(in.resolve("after.txt"), "Tháp Rùa nằm giữa Hồ Gươm.");
        IngestSettings settings = new IngestSettings(OcrMode.ON, Duration.ofSeconds(10), 1_000_000);
        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("c")), settings,
                ParserIsolation.sameClassPath("256m"))) {

            IngestOutcome first = ingester.ingest(submitted(before), "m", null);
            assertThat(first.status()).as("first file: %s", first.reason()).isEqualTo(Status.INGESTED);
            long workerBefore = liveWorkers().get(0).pid();
            IngestOutcome overrun = ingester.ingest(submitted(scan), "m", null);
            Thread.sleep(500);
            List<Long> workersAfterOverrun = liveWorkers().stream().map(ProcessHandle::pid).toList();
            IngestOutcome next = ingester.ingest(submitted(after), "m", null);

            assertThat(overrun.status()).isEqualTo(Status.FAILED);
            assertThat(overrun.failureKind()).isEqualTo(FailureKind.TIMEOUT);
            assertThat(overrun.reason()).contains("10 s");
            assertThat(workersAfterOverrun).as("the overrunning worker was killed").doesNotContain(workerBefore);
            assertThat(next.status()).isEqualTo(Status.INGESTED);
            assertThat(next.record().fullText()).isEqualTo("Tháp Rùa nằm giữa Hồ Gươm.");
        }
    }

    @Test
    void aWorkerRunningOutOfMemoryFailsOnlyItsFile() throws IOException {
        Path huge = hugeText(in.resolve("huge.txt"));
        Path small = Files.writeString(in.resolve("small.txt"), "Cố đô Huế bên dòng sông Hương.");
        ParserIsolation tiny = new ParserIsolation(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ParserServer.class.getName()), 100);

        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("e")),
                IngestSettings.defaults().withOcrMode(OcrMode.OFF), tiny)) {
            IngestOutcome crashed = ingester.ingest(submitted(huge), "m", null);
            IngestOutcome next = ingester.ingest(submitted(small), "m", null);

            assertThat(crashed.status()).isEqualTo(Status.FAILED);
            assertThat(crashed.failureKind()).isEqualTo(FailureKind.PARSER_STOPPED);
            assertThat(crashed.reason()).contains("(exit code ");
            assertThat(next.status()).isEqualTo(Status.INGESTED);
            assertThat(next.record().fullText()).isEqualTo("Cố đô Huế bên dòng sông Hương.");
        }
    }

    @Test
    void theParserProcessIdentifiesAFileAsThisProcessWould() throws IOException {
        Path pdf = TestFiles.pdf(in.resolve("van-mieu.pdf"), "Văn Miếu", "Quốc Tử Giám", List.of("Bia tiến sĩ."));
        Path misnamed = Files.copy(pdf, in.resolve("van-mieu.txt"));
        IngestSettings settings = IngestSettings.defaults().withOcrMode(OcrMode.OFF);
        Identifier here = new Identifier(TikaEngine.shared());

        try (ForkedExtractor forked = new ForkedExtractor(ParserIsolation.sameClassPath("256m"), settings)) {
            assertThat(forked.identify(pdf, "van-mieu.pdf")).isEqualTo(here.identify(pdf, "van-mieu.pdf"));
            Identification mismatch = forked.identify(misnamed, "van-mieu.txt");
            assertThat(mismatch).isEqualTo(here.identify(misnamed, "van-mieu.txt"));
            assertThat(mismatch.extensionMismatch()).isTrue();
        }
        assertThat(liveWorkers()).isEmpty();
    }

    @Test
    void aFileTheParserProcessCannotReadFailsAsUnreadable() throws IOException {
        Path folder = Files.createDirectory(in.resolve("not-a-file.pdf"));

        try (FileIngester ingester = new FileIngester(new ArchiveStore(data.resolve("u")),
                IngestSettings.defaults().withOcrMode(OcrMode.OFF), ParserIsolation.sameClassPath("256m"))) {
            IngestOutcome outcome = ingester.ingest(submitted(folder), "m", null);

            assertThat(outcome.status()).isEqualTo(Status.FAILED);
            assertThat(outcome.failureKind()).isEqualTo(FailureKind.UNREADABLE);
            assertThat(outcome.reason()).startsWith("cannot be read: ");
        }
    }

    @Test
    void aParserProcessThatCannotStartLeavesIdentificationToThisProcess() throws IOException {
        Path text = Files.writeString(in.resolve("ho-guom.txt"), "Hồ Gươm giữa lòng Hà Nội.");
        ParserIsolation broken = new ParserIsolation(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", "/nonexistent",
                ParserServer.class.getName()), 100);

        try (ForkedExtractor forked = new ForkedExtractor(broken, IngestSettings.defaults().withOcrMode(OcrMode.OFF))) {
            assertThat(forked.identify(text, "ho-guom.txt"))
                    .isEqualTo(new Identifier(TikaEngine.shared()).identify(text, "ho-guom.txt"));
        }
    }
}

package org.disan.ingest;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parser process. Every ingest thread of the parent that sends it files has a connection of
 * its own (a Unix domain socket, whose path the process announces when ready), and one thread of
 * this process per connection reads a request, parses the file with Tika and answers on the same
 * connection: a file wakes one thread here and one there, with nothing handed between threads on
 * the way. The ingest threads of one job thus share this process (and the code it has compiled)
 * instead of each warming a process of its own. Its parent kills it when a parse overruns, and
 * starts a new one; a parser that loops forever or runs out of memory takes only this process
 * down, and the files it was reading beside that one are read again elsewhere. Standard input
 * closing asks the process to end once it has answered the files in hand.
 */
public final class ParserServer {

    /**
     * Starts the line meant for the parent; the JVM itself may write to standard output (as it
     * does when it stops on OutOfMemoryError), and those lines are not for it.
     */
    static final String LINE_PREFIX = "disan-parser ";
    /**
     * Said once Tika is loaded, followed by the socket's path, so that loading does not count
     * against the first file's time.
     */
    static final String READY = "ready";

    /** Socket paths must fit the 108 bytes of a socket address. */
    private static final int LONGEST_SOCKET_PATH = 100;

    private ParserServer() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        // Parsers sometimes print; only the ready line may reach the parent's end of standard output.
        PrintStream toParent = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        TikaEngine tika = TikaEngine.shared();
        warmUp(tika);
        Path socket = socketPath();
        Files.deleteIfExists(socket); // left by an earlier process of the same number, killed
        AtomicInteger reading = new AtomicInteger();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread accepting = new Thread(() -> accept(server, tika, reading), "disan-parser-accept");
            accepting.setDaemon(true);
            accepting.start();
            toParent.println(LINE_PREFIX + READY + " " + socket);
            // Standard input carries nothing but its end: the parent wants this process gone.
            while (System.in.read() >= 0) {
                // nothing to do until it ends
            }
            while (reading.get() > 0) {
                Thread.sleep(20);
            }
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    private static Path socketPath() {
        String name = "disan-parser-" + ProcessHandle.current().pid() + ".sock";
        Path inTemp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve(name);
        return inTemp.toString().length() <= LONGEST_SOCKET_PATH ? inTemp : Path.of("/tmp", name);
    }

    private static void accept(ServerSocketChannel server, TikaEngine tika, AtomicInteger reading) {
        try {
            while (true) {
                SocketChannel connection = server.accept();
                Thread serving = new Thread(() -> serve(connection, tika, reading), "disan-parser-connection");
                serving.setDaemon(true);
                serving.start();
            }
        } catch (IOException e) {
            // The server socket closed: the process is ending.
        }
    }

    /** Answers one connection's requests, one at a time, until the parent closes it. */
    private static void serve(SocketChannel connection, TikaEngine tika, AtomicInteger reading) {
        try (connection;
                BufferedReader requests = new BufferedReader(Channels.newReader(connection, StandardCharsets.UTF_8));
                Writer replies = Channels.newWriter(connection, StandardCharsets.UTF_8)) {
            String line;
            while ((line = requests.readLine()) != null) {
                reading.incrementAndGet();
                try {
                    replies.write(answer(tika, ParserMessages.read(line, ParserMessages.Request.class)));
                    replies.write('\n');
                    replies.flush();
                } finally {
                    reading.decrementAndGet();
                }
            }
        } catch (IOException e) {
            // The parent is gone, or sent what is not a request; either way the connection is done.
        }
    }

    private static String answer(TikaEngine tika, ParserMessages.Request request) {
        if (request.action() == ParserMessages.Action.IDENTIFY) {
            return ParserMessages.write(identify(tika, request));
        }
        Extraction extraction;
        try {
            extraction = new Extractor(tika, request.settings())
                    .extract(Path.of(request.file()), request.fileName(), request.identification(), request.ocr());
            Files.writeString(Path.of(request.textFile()), extraction.text(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Every request is answered: the parent would otherwise wait out the file's time limit.
            extraction = Extraction.failed(FailureKind.PARSER_HANDOFF,
                    "the parser process could not hand the text back: " + e);
        }
        return ParserMessages.write(ParserMessages.Reply.of(request.id(), extraction, HeapPressure.high()));
    }

    private static ParserMessages.Reply identify(TikaEngine tika, ParserMessages.Request request) {
        try {
            return ParserMessages.Reply.identified(request.id(),
                    new Identifier(tika).identify(Path.of(request.file()), request.fileName()));
        } catch (IOException | UncheckedIOException e) {
            return ParserMessages.Reply.unreadable(request.id(), e.getMessage());
        }
    }

    /**
     * The first parse loads detectors and charset tables, which takes seconds; that is start-up
     * cost and must not be charged to the first submitted file's time limit.
     */
    private static void warmUp(TikaEngine tika) throws IOException {
        Path sample = Files.createTempFile("disan-warm-up-", ".txt");
        try {
            Files.writeString(sample, "Khởi động. Warming up.", StandardCharsets.UTF_8);
            Identification id = new Identifier(tika).identify(sample, sample.getFileName().toString());
            new Extractor(tika, IngestSettings.defaults().withOcrMode(OcrMode.OFF))
                    .extract(sample, sample.getFileName().toString(), id, new OcrPlan(false, false, false));
        } finally {
            Files.deleteIfExists(sample);
        }
    }
}

package org.disan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lines over a parser process's socket: whole however they arrive, within a deadline, and the end seen. */
class ParserConnectionTest {

    private Path socket;
    private ServerSocketChannel server;

    @BeforeEach
    void listen() throws Exception {
        socket = Files.createTempDirectory("disan-conn").resolve("s.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(socket.getParent());
    }

    @Test
    void linesSplitAcrossWritesAndSharingOneComeBackWhole() throws Exception {
        try (ParserConnection connection = ParserConnection.open(socket); SocketChannel worker = server.accept()) {
            // given a request sent, and a worker answering in two writes that split a character,
            // the second ending one line and holding all of the next
            connection.write("{\"id\":1}", deadline(5));
            assertThat(readFrom(worker)).isEqualTo("{\"id\":1}\n");
            byte[] answer = "Hà Nội\nHồ Tây\n".getBytes(StandardCharsets.UTF_8);
            int insideTheO = "Hà N".getBytes(StandardCharsets.UTF_8).length + 1;
            send(worker, Arrays.copyOfRange(answer, 0, insideTheO));
            Thread.sleep(50);
            send(worker, Arrays.copyOfRange(answer, insideTheO, answer.length));

            // when read, then each line is whole, its end taken off, and UTF-8 kept
            assertThat(connection.readLine(deadline(5))).isEqualTo("Hà Nội");
            assertThat(connection.readLine(deadline(5))).isEqualTo("Hồ Tây");
        }
    }

    @Test
    void noWholeLineByTheDeadlineIsATimeout() throws Exception {
        try (ParserConnection connection = ParserConnection.open(socket); SocketChannel worker = server.accept()) {
            // given a worker that has sent half a line
            send(worker, "half".getBytes(StandardCharsets.UTF_8));

            // when read with a deadline 200 ms away, then the wait ends there
            long start = System.nanoTime();
            assertThatThrownBy(() -> connection.readLine(System.nanoTime() + Duration.ofMillis(200).toNanos()))
                    .isInstanceOf(TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150), Duration.ofSeconds(3));
        }
    }

    @Test
    void aClosedConnectionIsTheEnd() throws Exception {
        try (ParserConnection connection = ParserConnection.open(socket)) {
            // given a worker that goes away without answering
            server.accept().close();

            // when read, then there is no line
            assertThat(connection.readLine(deadline(5))).isNull();
        }
    }

    @Test
    void anInterruptedWaitEndsAndTheThreadStaysInterrupted() throws Exception {
        try (ParserConnection connection = ParserConnection.open(socket); SocketChannel worker = server.accept()) {
            // given a thread interrupted while it waits for a reply that does not come
            Thread.currentThread().interrupt();
            try {
                // when read, then the wait ends at once, and the interrupt is kept for the caller
                assertThatThrownBy(() -> connection.readLine(deadline(5))).isInstanceOf(InterruptedIOException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    private static long deadline(int seconds) {
        return System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    }

    private static void send(SocketChannel worker, byte[] text) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(text);
        while (bytes.hasRemaining()) {
            worker.write(bytes);
        }
    }

    private static String readFrom(SocketChannel worker) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(1024);
        while (bytes.position() == 0 || bytes.get(bytes.position() - 1) != '\n') {
            worker.read(bytes);
        }
        bytes.flip();
        return StandardCharsets.UTF_8.decode(bytes).toString();
    }
}

package org.disan.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A connection to a parser process, used by one caller at a time: a request line goes out, and
 * the caller waits for the reply line itself, in the kernel, until the request's deadline. The
 * channel is non-blocking so that the wait can end at the deadline.
 */
final class ParserConnection implements AutoCloseable {

    private final SocketChannel channel;
    private final Selector selector;
    private final SelectionKey key;
    private final ByteBuffer received = ByteBuffer.allocate(64 * 1024);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private ParserConnection(SocketChannel channel, Selector selector) throws IOException {
        this.channel = channel;
        this.selector = selector;
        this.key = channel.register(selector, 0);
    }

    static ParserConnection open(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        Selector selector = null;
        try {
            channel.configureBlocking(false);
            selector = Selector.open();
            return new ParserConnection(channel, selector);
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
    }

    /** Sends one line. */
    void write(String text, long deadlineNanos) throws IOException, TimeoutException {
        ByteBuffer out = StandardCharsets.UTF_8.encode(text + "\n");
        while (out.hasRemaining()) {
            if (channel.write(out) == 0) {
                await(SelectionKey.OP_WRITE, deadlineNanos);
            }
        }
    }

    /**
     * The next line, without its end; {@code null} when the process closed the connection (it
     * ended) first.
     *
     * @throws TimeoutException when no whole line came by the deadline
     * @throws InterruptedIOException when the waiting thread is interrupted (it stays interrupted)
     */
    String readLine(long deadlineNanos) throws IOException, TimeoutException {
        while (true) {
            received.flip();
            int start = received.position();
            for (int i = start; i < received.limit(); i++) {
                if (received.get(i) == '\n') {
                    line.write(received.array(), start, i - start);
                    received.position(i + 1);
                    received.compact();
                    String whole = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    return whole;
                }
            }
            line.write(received.array(), start, received.limit() - start);
            received.clear();
            int read = channel.read(received);
            if (read < 0) {
                return null;
            }
            if (read == 0) {
                await(SelectionKey.OP_READ, deadlineNanos);
            }
        }
    }

    private void await(int operation, long deadlineNanos) throws IOException, TimeoutException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted while waiting for the parser process");
        }
        key.interestOps(operation);
        selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        selector.selectedKeys().clear();
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // Closing the channel below is what matters.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Already gone with its process.
        }
    }
}

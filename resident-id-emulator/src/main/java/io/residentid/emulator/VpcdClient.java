package io.residentid.emulator;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a {@link VirtualCard} (a {@link SoftCard}, a {@link ResidentCard}) to the {@code vsmartcard-vpcd} driver
 * that {@code pcscd} loads, so that every PC/SC
 * application on the machine sees the card in the reader "Virtual PCD 00 00". vpcd listens (default
 * {@code localhost:35963}); this client connects and answers its messages: a 2-byte big-endian length, then the
 * bytes. One-byte messages are control codes (0 power off, 1 power on, 2 reset, 4 get ATR); longer messages are
 * command APDUs, answered with the response APDU.
 *
 * <p>Runs on a daemon thread. While connected, the reader shows a card; {@link #close()} disconnects (the reader
 * then reports the card removed) and stops. With {@link Builder#reconnect(boolean)} it reconnects after vpcd drops
 * the connection (e.g. pcscd restarted).
 */
public final class VpcdClient implements AutoCloseable {

    /** vpcd's default port (0x8C7B). */
    public static final int DEFAULT_PORT = 35963;

    private static final Logger LOG = LoggerFactory.getLogger(VpcdClient.class);
    private static final int MAX_MESSAGE = 65535;

    private final VirtualCard card;
    private final String host;
    private final int port;
    private final boolean reconnect;
    private final Duration retryDelay;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Socket socket;
    private volatile boolean connected;
    private volatile CountDownLatch connectedLatch = new CountDownLatch(1);
    private volatile IOException lastError;

    private VpcdClient(Builder b) {
        this.card = b.card;
        this.host = b.host;
        this.port = b.port;
        this.reconnect = b.reconnect;
        this.retryDelay = b.retryDelay;
        this.thread = new Thread(this::run, "resident-id-vpcd-client");
        this.thread.setDaemon(true);
    }

    /**
     * A client that will serve {@code card}.
     *
     * @param card the card to connect to the virtual reader
     * @return a builder
     */
    public static Builder builder(VirtualCard card) {
        return new Builder(card);
    }

    /** {@return whether a vpcd connection is up} */
    public boolean isConnected() {
        return connected;
    }

    /**
     * Waits until connected; false on timeout.
     *
     * @param timeout how long to wait
     * @return whether the client connected in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return connectedLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@return the last connection error, if any (e.g. connection refused: vpcd not loaded)} */
    public IOException lastError() {
        return lastError;
    }

    /** {@return whether the client thread is still running} */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /**
     * Waits until the client thread ends (after {@link #close()} or a failed connection without reconnect).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        thread.join();
    }

    private void run() {
        while (running) {
            try (Socket s = new Socket()) {
                socket = s;
                s.connect(new InetSocketAddress(host, port), 2000);
                s.setTcpNoDelay(true);
                connected = true;
                connectedLatch.countDown();
                LOG.debug("Connected to vpcd at {}:{}", host, port);
                serve(s);
            } catch (IOException e) {
                if (running) {
                    lastError = e;
                    LOG.debug("vpcd connection {}:{} ended: {}", host, port, e.toString());
                }
            } finally {
                if (connected) {
                    connected = false;
                    connectedLatch = new CountDownLatch(1);
                }
                socket = null;
            }
            if (!running || !reconnect) {
                break;
            }
            try {
                Thread.sleep(retryDelay.toMillis());
            } catch (InterruptedException e) {
                break;
            }
        }
        running = false;
    }

    private void serve(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream();
        while (running) {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException e) {
                return; // vpcd closed the connection
            }
            byte[] message = new byte[length];
            in.readFully(message);
            if (length == 0) {
                continue;
            }
            if (length == 1) {
                switch (message[0]) {
                    case 0:
                        card.powerOff();
                        break;
                    case 1:
                        card.powerOn();
                        break;
                    case 2:
                        card.reset();
                        break;
                    case 4:
                        send(out, card.atr());
                        break;
                    default:
                        LOG.debug("Ignoring unknown vpcd control message {}", message[0]);
                }
                continue;
            }
            byte[] response = card.process(message);
            java.util.Arrays.fill(message, (byte) 0);
            if (response.length > MAX_MESSAGE) {
                // 65536 data bytes + SW do not fit vpcd's 16-bit length: answer "wrong length" instead
                response = new byte[] {0x67, 0x00};
            }
            send(out, response);
        }
    }

    private static void send(OutputStream out, byte[] data) throws IOException {
        if (data.length > MAX_MESSAGE) {
            throw new IOException("message too long for vpcd: " + data.length);
        }
        byte[] framed = new byte[data.length + 2];
        framed[0] = (byte) (data.length >>> 8);
        framed[1] = (byte) data.length;
        System.arraycopy(data, 0, framed, 2, data.length);
        out.write(framed);
        out.flush();
    }

    /** Disconnects (the reader reports the card removed) and stops the thread; waits at most a few seconds. */
    @Override
    public void close() {
        running = false;
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures a {@link VpcdClient}. */
    public static final class Builder {
        private final VirtualCard card;
        private String host = "localhost";
        private int port = DEFAULT_PORT;
        private boolean reconnect = true;
        private Duration retryDelay = Duration.ofMillis(500);

        private Builder(VirtualCard card) {
            if (card == null) {
                throw new IllegalArgumentException("card is required");
            }
            this.card = card;
        }

        /**
         * Sets the vpcd host (default localhost).
         *
         * @param host the host name
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * Sets the vpcd port (default 35963).
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1..65535");
            }
            this.port = port;
            return this;
        }

        /**
         * Whether to connect again after the connection drops or is refused (default true).
         *
         * @param reconnect whether to connect again after the connection drops or is refused
         * @return this builder
         */
        public Builder reconnect(boolean reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        /**
         * Delay between connection attempts (default 500 ms).
         *
         * @param delay delay between connection attempts
         * @return this builder
         */
        public Builder retryDelay(Duration delay) {
            this.retryDelay = delay;
            return this;
        }

        /**
         * Starts the client thread.
         *
         * @return this client, connecting in the background
         */
        public VpcdClient start() {
            VpcdClient client = new VpcdClient(this);
            client.thread.start();
            return client;
        }
    }
}

package io.residentid.pcsc.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;

/**
 * Connects a {@link ResidentCard} to {@code vsmartcard-vpcd} so that pcscd lists it in "Virtual PCD 00 00".
 * The wire protocol: 2-byte big-endian length + payload; one-byte control payloads 0 power off, 1 power on,
 * 2 reset, 4 get ATR; anything else is an APDU. (A minimal twin of {@link VpcdClient}, which drives a
 * {@link SoftCard} only.) Runs on a daemon thread until {@link #close()}.
 */
public final class ResidentCardVpcd implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentCardVpcd.class);
    private static final int MAX_MESSAGE = 65536 + 16;

    private final ResidentCard card;
    private final Socket socket;
    private final Thread thread;
    private volatile boolean running = true;

    private ResidentCardVpcd(ResidentCard card, Socket socket) {
        this.card = card;
        this.socket = socket;
        this.thread = new Thread(this::serve, "resident-id-vpcd");
        this.thread.setDaemon(true);
    }

    /**
     * Connects to vpcd and starts serving.
     *
     * @throws IOException when vpcd is not listening
     */
    public static ResidentCardVpcd connect(ResidentCard card, String host, int port) throws IOException {
        Objects.requireNonNull(card, "card");
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5000);
        socket.setTcpNoDelay(true);
        ResidentCardVpcd bridge = new ResidentCardVpcd(card, socket);
        bridge.thread.start();
        return bridge;
    }

    /** Whether the connection is still being served. */
    public boolean isRunning() {
        return running && thread.isAlive();
    }

    /** Waits until the connection ends. */
    public void join() throws InterruptedException {
        thread.join();
    }

    private void serve() {
        try (DataInputStream in = new DataInputStream(socket.getInputStream());
             DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            while (running) {
                int length = in.readUnsignedShort();
                if (length == 0 || length > MAX_MESSAGE) {
                    throw new IOException("bad vpcd message length " + length);
                }
                byte[] message = new byte[length];
                in.readFully(message);
                if (length == 1) {
                    switch (message[0]) {
                        case 0, 2 -> card.reset();
                        case 1 -> {
                            // power on: nothing to do
                        }
                        case 4 -> send(out, card.atr());
                        default -> LOG.debug("ignoring vpcd control {}", message[0]);
                    }
                } else {
                    send(out, card.process(message));
                }
            }
        } catch (IOException e) {
            if (running) {
                LOG.debug("vpcd connection ended: {}", e.getMessage());
            }
        } finally {
            running = false;
        }
    }

    private static void send(DataOutputStream out, byte[] data) throws IOException {
        out.writeShort(data.length);
        out.write(data);
        out.flush();
    }

    @Override
    public void close() {
        running = false;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}

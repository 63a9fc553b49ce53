package io.residentid.examples.cli.chip;

import io.residentid.emulator.VirtualCard;
import io.residentid.emulator.VpcdClient;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscCard;
import io.residentid.pcsc.transport.Protocol;
import io.residentid.pcsc.transport.ReaderInfo;
import io.residentid.pcsc.transport.TransmissionRules;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an emulated card into a free slot of pcscd's vsmartcard-vpcd reader ("Virtual PCD 00 00" on port 35963,
 * "Virtual PCD 00 01" on 35964, ... as in vpcd's default configuration) and connects to it through PC/SC, when that
 * is possible; every step is bounded so that a machine without pcscd never waits. The
 * outcome says which way the card is read and, if not through pcscd, why (a message key of this package).
 */
final class PcscdRoute implements AutoCloseable {

    static final String VPCD_READER = "Virtual PCD 00 00";
    private static final Pattern VPCD_SLOT = Pattern.compile("Virtual PCD 00 ([0-9A-F]{2})");
    private static final Path DEFAULT_SOCKET = Path.of("/run/pcscd/pcscd.comm");

    private final VpcdClient client;
    private final PcscCard pcscCard;
    private final ApduChannel channel;

    private PcscdRoute(VpcdClient client, PcscCard pcscCard) {
        this.client = client;
        this.pcscCard = pcscCard;
        this.channel = TransmissionRules.forAtr(pcscCard.atr()).wrap(pcscCard);
    }

    /** Either a route through pcscd, or the message key (and detail) saying why the card is read in-process. */
    record Outcome(PcscdRoute route, String reasonKey, String detail) {
    }

    /** The channel to the card through pcscd. */
    ApduChannel channel() {
        return channel;
    }

    /** pcscd's client socket ({@code PCSCLITE_CSOCK_NAME} overrides it, as for pcsc-lite itself). */
    static Path daemonSocket() {
        String override = System.getenv("PCSCLITE_CSOCK_NAME");
        return override == null || override.isBlank() ? DEFAULT_SOCKET : Path.of(override);
    }

    /** Whether a pcscd answers on {@code socket}: a local connect, which fails at once when none runs. */
    static boolean daemonAnswers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            return ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Tries to serve {@code card} through pcscd + vpcd; gives up within a few seconds. */
    static Outcome open(VirtualCard card, Path socket) {
        if (!daemonAnswers(socket)) {
            return new Outcome(null, "demo.route.noPcscd", "");
        }
        Pcsc pcsc;
        Optional<ReaderInfo> reader;
        try {
            // the PC/SC calls run on their own daemon thread so that a wedged daemon cannot hold the demo
            CompletableFuture<Pcsc> opened = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    opened.complete(Pcsc.open());
                } catch (Throwable e) {
                    opened.completeExceptionally(e);
                }
            }, "resident-id-demo-pcsc");
            t.setDaemon(true);
            t.start();
            pcsc = opened.get(3, TimeUnit.SECONDS);
            reader = pcsc.readers().stream().filter(r -> VPCD_SLOT.matcher(r.name()).matches())
                    .filter(r -> !r.cardPresent()).findFirst();
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            return new Outcome(null, "demo.route.failed", cause.getClass().getSimpleName());
        }
        if (reader.isEmpty()) {
            return new Outcome(null, "demo.route.noVpcdReader", VPCD_READER);
        }
        String name = reader.get().name();
        Matcher slot = VPCD_SLOT.matcher(name);
        int port = VpcdClient.DEFAULT_PORT + (slot.matches() ? Integer.parseInt(slot.group(1), 16) : 0);
        VpcdClient client = VpcdClient.builder(card).host("localhost").port(port).reconnect(false).start();
        try {
            if (!client.awaitConnected(Duration.ofSeconds(2))) {
                client.close();
                return new Outcome(null, "demo.route.failed", "vpcd localhost:" + port);
            }
            if (!pcsc.waitForCardPresent(name, Duration.ofSeconds(5))) {
                client.close();
                return new Outcome(null, "demo.route.failed", name);
            }
            return new Outcome(new PcscdRoute(client, pcsc.connect(name, Protocol.ANY)), null, name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.close();
            return new Outcome(null, "demo.route.failed", "interrupted");
        } catch (RuntimeException e) {
            client.close();
            return new Outcome(null, "demo.route.failed", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        try {
            pcscCard.close();
        } catch (RuntimeException e) {
            // the card is going away anyway
        }
        client.close();
    }
}

package io.residentid.examples.cli;

import io.residentid.emulator.VpcdClient;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The vpcd options of the emulator commands ({@code card emulate}, {@code mdoc holder-emulate}), a picocli mixin,
 * and serving an emulated card with them: until the client stops or the process is interrupted (the client is
 * closed on shutdown), or for a fixed time in tests.
 */
public final class VpcdOptions {

    /** How long vpcd may take to answer before the user is told the emulator is waiting for it. */
    static final Duration CONNECT_WAIT = Duration.ofSeconds(5);

    @Option(names = "--vpcd", paramLabel = "HOST:PORT", defaultValue = "localhost:35963",
            description = "Where vpcd listens (default: ${DEFAULT-VALUE}).")
    private String address;

    /** For tests and scripts: stop after this many seconds instead of waiting for an interrupt. */
    @Option(names = "--stop-after", hidden = true, paramLabel = "SECONDS")
    private Integer stopAfterSeconds;

    /** {@return where vpcd listens, {@code HOST:PORT} as given} */
    public String address() {
        return address;
    }

    /**
     * Serves until the client stops, or for {@code --stop-after} seconds; always closes the client.
     *
     * @param client       the started client
     * @param hookName     the name of the shutdown hook's thread
     * @param notConnected run when vpcd has not answered within {@link #CONNECT_WAIT}
     * @throws InterruptedException when the command's thread is interrupted while serving
     */
    public void serve(VpcdClient client, String hookName, Runnable notConnected) throws InterruptedException {
        Thread hook = new Thread(client::close, hookName);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (!client.awaitConnected(CONNECT_WAIT)) {
                notConnected.run();
            }
            if (stopAfterSeconds != null) {
                Thread.sleep(Math.max(0, stopAfterSeconds) * 1000L);
            } else {
                client.join();
            }
        } finally {
            client.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook runs anyway
            }
        }
    }
}

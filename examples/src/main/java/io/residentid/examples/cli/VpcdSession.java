package io.residentid.examples.cli;

import io.residentid.emulator.VpcdClient;
import java.time.Duration;

/**
 * Serving an emulated card to vpcd from a command ({@code card emulate}, {@code mdoc holder-emulate}): until the
 * client stops or the process is interrupted (the client is closed on shutdown), or for a fixed time in tests.
 */
public final class VpcdSession {

    /** How long vpcd may take to answer before the user is told the emulator is waiting for it. */
    static final Duration CONNECT_WAIT = Duration.ofSeconds(5);

    private VpcdSession() {
    }

    /**
     * Serves until the client stops, or for {@code stopAfterSeconds}; always closes the client.
     *
     * @param client           the started client
     * @param hookName         the name of the shutdown hook's thread
     * @param stopAfterSeconds how long to serve, or {@code null} until the client stops
     * @param notConnected     run when vpcd has not answered within {@link #CONNECT_WAIT}
     * @throws InterruptedException when the command's thread is interrupted while serving
     */
    public static void serve(VpcdClient client, String hookName, Integer stopAfterSeconds, Runnable notConnected)
            throws InterruptedException {
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

package io.residentid.pcsc.integration;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a private {@code pcscd} (foreground, auto-exit as a safety net, its own reader.conf.d with vpcd on a free
 * port) for the integration test and stops it afterwards. Test runs of several checkouts on one machine are
 * serialised by a lock file, because pcsc-lite 1.9 has a single daemon socket. When a pcscd that this fixture did
 * not start already runs, it is used as is (vpcd on its configured default port 35963).
 */
final class PcscdFixture implements AutoCloseable {

    static final Path SOCKET = Paths.get("/run/pcscd/pcscd.comm");
    static final Path VPCD_DRIVER = Paths.get("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Path LOCK = Paths.get(System.getProperty("java.io.tmpdir"), "resident-id-pcscd-test.lock");

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Process process;
    private final int vpcdPort;
    private final Path logFile;

    private PcscdFixture(FileChannel lockChannel, FileLock lock, Process process, int vpcdPort, Path logFile) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.process = process;
        this.vpcdPort = vpcdPort;
        this.logFile = logFile;
    }

    /** Null when everything needed is installed, else what is missing. */
    static String missingPrerequisite() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return "not Linux";
        }
        if (pcscdBinary() == null) {
            return "pcscd is not installed (apt-get install pcscd)";
        }
        if (!Files.isRegularFile(VPCD_DRIVER)) {
            return "vsmartcard-vpcd is not installed (apt-get install vsmartcard-vpcd)";
        }
        return null;
    }

    static String pcscdBinary() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin")) {
            Path p = Paths.get(dir, "pcscd");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /**
     * Starts pcscd for an integration test class, or skips the class with a clear message when pcscd or vpcd is not
     * installed; with {@code RESIDENT_ID_REQUIRE_PCSCD=1} (set by CI) a missing prerequisite fails instead.
     */
    static PcscdFixture startOrSkip(Path workDir) throws IOException, InterruptedException {
        String missing = missingPrerequisite();
        if (missing != null) {
            if ("1".equals(System.getenv("RESIDENT_ID_REQUIRE_PCSCD"))) {
                org.junit.jupiter.api.Assertions.fail("RESIDENT_ID_REQUIRE_PCSCD=1 but " + missing);
            }
            org.junit.jupiter.api.Assumptions.abort("skipping the pcscd integration test: " + missing
                    + " (set RESIDENT_ID_REQUIRE_PCSCD=1 to make this a failure)");
        }
        return start(workDir);
    }

    static PcscdFixture start(Path workDir) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (lock == null) {
            lock = channel.tryLock();
            if (lock == null) {
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new IllegalStateException("another pcscd integration test held " + LOCK + " for 180 s");
                }
                Thread.sleep(200);
            }
        }
        try {
            if (daemonAnswers()) {
                return new PcscdFixture(channel, lock, null, 35963, null);
            }
            Files.createDirectories(workDir);
            Path conf = Files.createDirectories(workDir.resolve("reader.conf.d"));
            int port = freePortPair();
            Files.writeString(conf.resolve("vpcd"), "FRIENDLYNAME \"Virtual PCD\"\n"
                    + "DEVICENAME   /dev/null:0x" + Integer.toHexString(port) + "\n"
                    + "LIBPATH      " + VPCD_DRIVER + "\n"
                    + "CHANNELID    0x" + Integer.toHexString(port) + "\n");
            Path log = workDir.resolve("pcscd.log");
            List<String> command = new java.util.ArrayList<>();
            if (needsSudo()) {
                // pcscd must create /run/pcscd: as a normal user (CI runners) go through passwordless sudo
                command.addAll(List.of("sudo", "-n"));
            }
            command.addAll(List.of(pcscdBinary(), "--foreground", "--auto-exit", "--debug", "-c", conf.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PcscdFixture fixture = new PcscdFixture(channel, lock, p, port, log);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!daemonAnswers()) {
                if (!p.isAlive()) {
                    String out = Files.exists(log) ? Files.readString(log) : "";
                    fixture.close();
                    throw new IllegalStateException("pcscd exited with " + p.exitValue() + ": " + tail(out));
                }
                if (System.nanoTime() > until) {
                    fixture.close();
                    throw new IllegalStateException("pcscd did not open " + SOCKET + " within 15 s");
                }
                Thread.sleep(50);
            }
            return fixture;
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
            throw e;
        }
    }

    private static boolean needsSudo() {
        Path run = SOCKET.getParent();
        boolean writable = Files.isDirectory(run) ? Files.isWritable(run) : Files.isWritable(run.getParent());
        return !writable && Files.isExecutable(Paths.get("/usr/bin/sudo"));
    }

    /** Whether a daemon accepts connections on the PC/SC socket. */
    static boolean daemonAnswers() {
        if (!Files.exists(SOCKET)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(SOCKET));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** vpcd binds the configured port for slot 00 and the next one for slot 01: both must be free. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            if (port < 65535) {
                try (ServerSocket next = new ServerSocket(port + 1)) {
                    return next.getLocalPort() - 1;
                } catch (IOException busy) {
                    // try another pair
                }
            }
        }
        throw new IOException("no free TCP port pair for vpcd");
    }

    private static String tail(String s) {
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }

    boolean startedHere() {
        return process != null;
    }

    int vpcdPort() {
        return vpcdPort;
    }

    String log() {
        try {
            return logFile != null && Files.exists(logFile) ? tail(Files.readString(logFile)) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the daemon this fixture started (SIGTERM, then SIGKILL after 5 s) and releases the lock. */
    @Override
    public void close() {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                lockChannel.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}

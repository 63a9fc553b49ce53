package io.residentid.pcsc.transport;

import java.io.File;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds {@code libpcsclite} on Linux and tells {@code javax.smartcardio} about it (system property
 * {@code sun.security.smartcardio.library}) before the first PC/SC use: the JDK only probes a few fixed paths and
 * misses multiarch directories such as {@code /usr/lib/aarch64-linux-gnu} on some distributions.
 */
final class PcscLibrary {

    static final String PROPERTY = "sun.security.smartcardio.library";
    private static final Logger LOG = LoggerFactory.getLogger(PcscLibrary.class);
    private static final String NAME = "libpcsclite.so.1";

    private PcscLibrary() {
    }

    /** Sets the property when unset and a library is found; returns the library in use (empty: JDK default). */
    static synchronized Optional<String> configure() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        Optional<String> found = locate(candidates(), p -> Files.isRegularFile(p));
        found.ifPresent(lib -> {
            LOG.debug("Using PC/SC library {}", lib);
            System.setProperty(PROPERTY, lib);
        });
        return found;
    }

    /** Whether the library was found (or configured); false means PC/SC cannot work on this machine. */
    static boolean available() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new File(configured).isFile() || !configured.startsWith("/");
        }
        return !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || locate(candidates(), p -> Files.isRegularFile(p)).isPresent();
    }

    static Optional<String> locate(List<Path> candidates, Predicate<Path> exists) {
        for (Path p : candidates) {
            if (exists.test(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    /** Probe order: the Debian/Ubuntu x86-64 path, any multiarch directory under /usr/lib and /lib, then lib64. */
    static List<Path> candidates() {
        List<Path> list = new ArrayList<>();
        list.add(Paths.get("/usr/lib/x86_64-linux-gnu", NAME));
        for (String root : new String[] {"/usr/lib", "/lib"}) {
            Path dir = Paths.get(root);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*-linux-gnu*")) {
                    for (Path sub : stream) {
                        list.add(sub.resolve(NAME));
                    }
                } catch (java.io.IOException | SecurityException e) {
                    LOG.debug("Cannot list {}: {}", dir, e.toString());
                }
            }
            list.add(dir.resolve(NAME));
        }
        list.add(Paths.get("/usr/lib64", NAME));
        list.add(Paths.get("/lib64", NAME));
        list.add(Paths.get("/usr/local/lib", NAME));
        return list;
    }
}

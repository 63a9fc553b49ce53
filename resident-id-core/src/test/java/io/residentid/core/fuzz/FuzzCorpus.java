package io.residentid.core.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Seed inputs for fuzz targets: files under a class-path directory (test resources, from a directory or from a
 * test-jar), the regression files of a target, and optionally files from the shared test data next to the
 * repository. Each seed keeps its name so a failure says which one it came from.
 */
public final class FuzzCorpus {

    /** Largest seed file loaded (bigger files are skipped: a fuzz input should stay small). */
    public static final long MAX_SEED_BYTES = 4L * 1024 * 1024;

    /** One seed: where it came from and its bytes. */
    public record Seed(String name, byte[] data) {
        /** A seed (the array is kept as is: tests only). */
        public Seed {
        }

        @Override
        public String toString() {
            return name + " (" + data.length + " bytes)";
        }
    }

    private FuzzCorpus() {
    }

    /**
     * Every regular file (recursively) under the class-path directory {@code resourceDir} (e.g.
     * {@code "/pki/pkits/certs"}) whose name ends with one of {@code suffixes} (all files when none given), sorted
     * by name; empty when the directory does not exist.
     */
    public static List<Seed> resources(String resourceDir, String... suffixes) {
        URL url = FuzzCorpus.class.getResource(resourceDir);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return files(fs.provider().getPath(uri), resourceDir, suffixes);
            }
            return files(Path.of(uri), resourceDir, suffixes);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + resourceDir, e);
        }
    }

    /**
     * The regression inputs of a target: files under {@code <resourceRoot>/fuzz-regressions/<target>/}, e.g.
     * {@code regressions("/io/residentid/core", "CertificateFuzz")}.
     */
    public static List<Seed> regressions(String resourceRoot, String target) {
        return resources(resourceRoot + "/fuzz-regressions/" + target);
    }

    /**
     * Files under {@code shared/testdata/<relative>} when the shared test data lies beside the repository (a few
     * levels up from the module directory); empty otherwise, so targets never depend on it.
     */
    public static List<Seed> sharedTestdata(String relative, String... suffixes) {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("testdata").resolve(relative);
            if (Files.isDirectory(candidate)) {
                try {
                    return files(candidate, "shared/testdata/" + relative, suffixes);
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** A seed from text (UTF-8). */
    public static Seed text(String name, String text) {
        return new Seed(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The bytes of a single class-path resource. */
    public static byte[] resource(String path) {
        try (InputStream in = FuzzCorpus.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Seed> files(Path root, String label, String... suffixes) throws IOException {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.filter(Files::isRegularFile)
                    .filter(p -> matches(p.getFileName().toString(), suffixes))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            for (Path p : paths) {
                if (Files.size(p) <= MAX_SEED_BYTES) {
                    out.add(new Seed(label + "/" + root.relativize(p), Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    private static boolean matches(String name, String... suffixes) {
        if (name.startsWith(".") || name.equals("README.md")) {
            return false;
        }
        if (suffixes.length == 0) {
            return true;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String s : suffixes) {
            if (lower.endsWith(s.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}

package io.residentid.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release, proven inside {@code mvn verify}:
 * <ol>
 *   <li>the libraries are rebuilt from a copy of their sources, the way a release builds them ({@code deploy} with
 *       {@code -Dmaven.test.skip=true}), into a file repository under the root {@code target/release-staging};</li>
 *   <li>their jars must be byte-identical to the ones this reactor built (reproducible builds);</li>
 *   <li>the staging repository must hold what a release publishes (POM, jar, sources, SBOM, BOM, parent) and no
 *       test-jar;</li>
 *   <li>an integrator's project (src/test/consumer), built by a nested Maven run with an empty local repository,
 *       resolves resident-id only from staging, compiles on the module path and runs the README's snippets once on
 *       the class path and once on the module path.</li>
 * </ol>
 */
class ReleaseCheckTest {

    /** The libraries a consumer of the quick start uses; the BOM and the parent come along. */
    private static final List<String> LIBRARIES = List.of("resident-id-core", "resident-id-pcsc", "resident-id-qr");

    private static final long NESTED_BUILD_MINUTES = 8;

    private static Path root;
    private static String version;
    private static Path work;
    private static Path staging;
    private static Path copy;
    private static Path consumer;

    @BeforeAll
    static void stageAndBuildConsumer() throws Exception {
        root = Path.of(property("residentid.root")).toRealPath();
        version = property("residentid.version");
        work = Path.of(property("residentid.buildDirectory")).resolve("release-check");
        staging = root.resolve("target").resolve("release-staging");
        deleteTree(work);
        deleteTree(staging);
        Files.createDirectories(work);
        Files.createDirectories(staging);

        copy = work.resolve("source");
        copySources(root, copy);
        maven(copy, work.resolve("stage.log"), List.of(
                "-Dmaven.repo.local=" + property("residentid.localRepository"),
                "-Dmaven.test.skip=true", "-Dmaven.install.skip=true", "-Dmaven.javadoc.skip=true",
                "-Dmdep.analyze.skip=true",
                "-DaltDeploymentRepository=staging::" + staging.toUri(),
                "-pl", String.join(",", LIBRARIES) + ",resident-id-bom", "-am", "deploy"));

        consumer = work.resolve("consumer");
        copyTree(root.resolve("release-check/src/test/consumer"), consumer);
        maven(consumer, work.resolve("consumer.log"), List.of(
                "-Dmaven.repo.local=" + work.resolve("consumer-repository"),
                "-Dresidentid.version=" + version,
                "-Dstaging.url=" + staging.toUri(),
                "-Dcache.url=" + Path.of(property("residentid.localRepository")).toUri(),
                "process-classes"));
    }

    @Test
    void libraryJarsAreByteIdenticalWhenBuiltAgain() throws IOException {
        for (String library : LIBRARIES) {
            String jar = library + "-" + version + ".jar";
            Path reactorJar = root.resolve(library).resolve("target").resolve(jar);
            Path rebuiltJar = copy.resolve(library).resolve("target").resolve(jar);
            assertTrue(Files.isRegularFile(reactorJar), "reactor jar missing: " + reactorJar);
            if (!sha256(reactorJar).equals(sha256(rebuiltJar))) {
                fail(jar + " differs between two builds of the same sources: " + differingEntries(reactorJar,
                        rebuiltJar) + " (both builds must be fresh and on the same JDK major: run mvn clean verify)");
            }
        }
    }

    @Test
    void stagingHoldsWhatAReleasePublishesAndNoTestJar() throws IOException {
        Path group = staging.resolve("io/residentid");
        for (String library : LIBRARIES) {
            Path dir = group.resolve(library).resolve(version);
            for (String suffix : List.of(".pom", ".jar", "-sources.jar", "-cyclonedx.json", "-cyclonedx.xml")) {
                Path file = dir.resolve(library + "-" + version + suffix);
                assertTrue(Files.isRegularFile(file), "not staged: " + staging.relativize(file));
            }
            try (ZipFile jar = new ZipFile(dir.resolve(library + "-" + version + ".jar").toFile())) {
                assertTrue(jar.getEntry("META-INF/LICENSE") != null, library + " jar lacks META-INF/LICENSE");
                assertTrue(jar.getEntry("META-INF/NOTICE") != null, library + " jar lacks META-INF/NOTICE");
                assertTrue(jar.getEntry("module-info.class") != null, library + " jar lacks module-info.class");
                String manifest = new String(jar.getInputStream(jar.getEntry("META-INF/MANIFEST.MF")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(manifest.contains("Implementation-Version: " + version), manifest);
            }
        }
        assertTrue(Files.isRegularFile(group.resolve("resident-id-bom/" + version + "/resident-id-bom-" + version
                + ".pom")), "BOM not staged");
        assertTrue(Files.isRegularFile(group.resolve("resident-id-parent/" + version + "/resident-id-parent-"
                + version + ".pom")), "parent POM not staged");
        try (Stream<Path> files = Files.walk(staging)) {
            List<String> testJars = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("-tests.jar") || n.endsWith("-test-sources.jar")).toList();
            assertEquals(List.of(), testJars, "test-jars must not be published");
        }
    }

    @Test
    void consumerResolvedResidentIdFromStagingOnly() throws IOException {
        Path group = work.resolve("consumer-repository/io/residentid");
        for (String artifact : List.of("resident-id-core", "resident-id-pcsc", "resident-id-qr", "resident-id-bom",
                "resident-id-parent")) {
            Path marker = group.resolve(artifact).resolve(version).resolve("_remote.repositories");
            assertTrue(Files.isRegularFile(marker), "not resolved: " + artifact);
            for (String line : Files.readAllLines(marker)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    assertTrue(line.endsWith(">staging="), artifact + " came from elsewhere: " + line);
                }
            }
        }
        for (String library : LIBRARIES) {
            String jar = library + "-" + version + ".jar";
            assertEquals(sha256(staging.resolve("io/residentid").resolve(library).resolve(version).resolve(jar)),
                    sha256(consumer.resolve("target/lib").resolve(jar)), jar);
        }
    }

    @Test
    void readmeSnippetsRunOnTheClassPath() throws Exception {
        String classPath = consumer.resolve("target/classes") + File.pathSeparator
                + consumer.resolve("target/lib") + File.separator + "*";
        Map<String, String> out = run(List.of("-cp", classPath, "com.example.bank.kyc.ReadmeSnippets"));
        assertEquals("unnamed", out.get("module"));
        assertEquals("unnamed", out.get("core.module"));
        assertSnippetResults(out);
    }

    @Test
    void readmeSnippetsRunOnTheModulePath() throws Exception {
        String modulePath = consumer.resolve("target/classes") + File.pathSeparator + consumer.resolve("target/lib");
        Map<String, String> out = run(List.of("--module-path", modulePath,
                "--module", "com.example.bank.kyc/com.example.bank.kyc.ReadmeSnippets"));
        assertEquals("com.example.bank.kyc", out.get("module"));
        assertEquals("io.residentid.core", out.get("core.module"));
        assertSnippetResults(out);
    }

    private static void assertSnippetResults(Map<String, String> out) {
        assertEquals("false", out.get("iqama.valid"), out.toString());
        assertEquals("[CHECK_DIGIT_MISMATCH]", out.get("iqama.codes"), out.toString());
        assertArabic(out.get("iqama.ar"), "CHECK_DIGIT_MISMATCH");
        assertEquals("TD1", out.get("mrz.format"), out.toString());
        assertEquals("true", out.get("mrz.valid"), out.toString());
        assertEquals("1", out.get("mrz.corrections"), out.toString());
        assertEquals("[0]", out.get("atr.protocols"), out.toString());
        assertArabic(out.get("tlv.ar"), out.get("tlv.reason"));
        assertEquals("true", out.get("chain.valid"), out.toString());
        assertEquals("true", out.get("qr.valid"), out.toString());
        assertArabic(out.get("seal.ar"), out.get("seal.code"));
        assertEquals("true", out.get("done"), out.toString());
    }

    /** Text from an Arabic bundle: Arabic letters, not the bare key that a missing bundle falls back to. */
    private static void assertArabic(String text, String key) {
        assertTrue(text != null && text.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF),
                "expected Arabic text, got: " + text);
        assertFalse(key != null && text.startsWith(key), "bundle not found, key printed: " + text);
    }

    private static Map<String, String> run(List<String> javaArguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        Path log = Files.createTempFile(work, "run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("consumer did not finish: " + command);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "consumer failed: " + command + "\n" + output);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("SLF4J")) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    private static void maven(Path directory, Path log, List<String> arguments) throws Exception {
        Path mavenHome = Path.of(property("residentid.mavenHome"));
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = new ArrayList<>();
        command.add(mavenHome.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn").toString());
        command.add("-B");
        command.add("-ntp");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The nested build is the JDK this test runs on, whatever the caller's environment says.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        if (!process.waitFor(NESTED_BUILD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("nested Maven build timed out: " + command + "\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            fail("nested Maven build failed (" + log + "): " + command + "\n" + tail(log));
        }
    }

    /** The root POM, licence files, every module's POM and the libraries' main sources and resources. */
    private static void copySources(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String file : List.of("pom.xml", "LICENSE", "NOTICE")) {
            Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        String rootPom = Files.readString(from.resolve("pom.xml"));
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(rootPom);
        while (modules.find()) {
            String module = modules.group(1).trim();
            Files.createDirectories(to.resolve(module));
            Files.copy(from.resolve(module).resolve("pom.xml"), to.resolve(module).resolve("pom.xml"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        for (String library : LIBRARIES) {
            copyTree(from.resolve(library).resolve("src/main"), to.resolve(library).resolve("src/main"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names of the jar entries whose bytes, time or presence differ, to make a reproducibility failure readable. */
    private static List<String> differingEntries(Path a, Path b) throws IOException {
        Map<String, String> left = entries(a);
        Map<String, String> right = entries(b);
        List<String> differing = new ArrayList<>();
        for (String name : left.keySet()) {
            if (!left.get(name).equals(right.get(name))) {
                differing.add(name);
            }
        }
        for (String name : right.keySet()) {
            if (!left.containsKey(name)) {
                differing.add(name + " (only in the rebuild)");
            }
        }
        return differing.isEmpty() ? List.of("(entry order or zip metadata)") : differing;
    }

    private static Map<String, String> entries(Path jar) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().map(ZipEntry.class::cast).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), entry.getTime() + ":" + HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return entries;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set (run through Maven)");
        }
        return value;
    }
}

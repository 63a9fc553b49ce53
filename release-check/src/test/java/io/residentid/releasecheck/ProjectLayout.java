package io.residentid.releasecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The reactor as the project audits see it: the root and the modules the root pom lists, with their sources. */
final class ProjectLayout {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private ProjectLayout() {
    }

    /** The repository root (set by the pom; falls back to the parent of the working directory). */
    static Path root() {
        String configured = System.getProperty("residentid.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** Every module directory the root pom lists, except this one. */
    static List<Path> modules() {
        Path root = root();
        List<Path> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(read(root.resolve("pom.xml")));
        while (m.find()) {
            String name = m.group(1).trim();
            if (!name.equals("release-check")) {
                modules.add(root.resolve(name));
            }
        }
        return modules;
    }

    /** The {@code .java} files below {@code dir}, or none when it does not exist. */
    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.residentid.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages each compiled package refers to, read from the class files' constant pools. Class names and type
 * descriptors are stored there as modified-UTF-8 text ({@code io/residentid/core/model/Person}), so a scan of the
 * raw bytes finds every reference without a bytecode library.
 */
public final class ClassDependencies {

    /** An internal class name: lower-case package segments, then a class name starting upper-case. */
    private static final Pattern CLASS_NAME = Pattern.compile("((?:[a-z][a-z0-9_]*/)+)[A-Z][A-Za-z0-9_$]*");

    private ClassDependencies() {
    }

    /**
     * For each package compiled into {@code classes} (dotted name), the packages its classes refer to, own package
     * excluded. Only packages starting with one of {@code prefixes} (dotted, e.g. {@code "io.residentid"}) are kept.
     */
    public static Map<String, Set<String>> of(Path classes, String... prefixes) throws IOException {
        Map<String, Set<String>> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String own = classes.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
                Set<String> used = result.computeIfAbsent(own, k -> new TreeSet<>());
                Matcher m = CLASS_NAME.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    String pkg = m.group(1).substring(0, m.group(1).length() - 1).replace('/', '.');
                    if (!pkg.equals(own) && startsWithAny(pkg, prefixes)) {
                        used.add(pkg);
                    }
                }
            }
        }
        return result;
    }

    private static boolean startsWithAny(String pkg, String... prefixes) {
        for (String prefix : prefixes) {
            if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                return true;
            }
        }
        return prefixes.length == 0;
    }

    /** Whether {@code pkg} is {@code base} or one of its sub-packages. */
    public static boolean within(String pkg, String base) {
        return pkg.equals(base) || pkg.startsWith(base + ".");
    }
}

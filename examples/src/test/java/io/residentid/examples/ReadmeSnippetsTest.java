package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of {@code docs/examples.md} and {@code README.md} are copies of tagged regions of the example
 * programs, so they compile and run (each program has its own test). A snippet is a {@code ```java} block right
 * after a line {@code <!-- snippet: ClassName#tag -->}; its text must equal the lines between
 * {@code // tag::tag[]} and {@code // end::tag[]} in {@code ClassName.java}, with the common indentation removed.
 */
class ReadmeSnippetsTest {

    private static final Path SOURCES = Path.of("src/main/java/io/residentid/examples");
    private static final Path EXAMPLES_DOC = Path.of("../docs/examples.md");
    private static final Path README = Path.of("../README.md");
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([A-Za-z0-9_]+)#([A-Za-z0-9_-]+) -->");
    private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([A-Za-z0-9_-]+)\\[\\]\\s*$");

    /** One marked code block of a Markdown file. */
    record Snippet(Path file, int line, String className, String tag, String code) {
        String where() {
            return file + ":" + line + " (" + className + "#" + tag + ")";
        }
    }

    @Test
    void everySnippetOfTheExamplesPageEqualsItsTaggedSourceRegion() throws IOException {
        List<Snippet> snippets = snippets(EXAMPLES_DOC);
        assertFalse(snippets.isEmpty(), "no marked snippets in " + EXAMPLES_DOC);
        for (Snippet s : snippets) {
            assertEquals(region(s.className(), s.tag()), s.code(), "snippet drifted from its source: " + s.where());
        }
    }

    @Test
    void everyJavaBlockOfTheExamplesPageIsAMarkedSnippet() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLES_DOC, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                assertTrue(i > 0 && MARKER.matcher(lines.get(i - 1).strip()).matches(),
                        EXAMPLES_DOC + ":" + (i + 1) + ": a Java block without a <!-- snippet: Class#tag --> line");
            }
        }
    }

    @Test
    void everyMarkedSnippetOfTheReadmeEqualsItsTaggedSourceRegion() throws IOException {
        if (!Files.exists(README)) {
            return;   // the module built on its own, outside the repository
        }
        for (Snippet s : snippets(README)) {
            assertEquals(region(s.className(), s.tag()), s.code(), "README snippet drifted from its source: "
                    + s.where());
        }
    }

    @Test
    void everyTaggedRegionOfTheExamplesIsShownOnTheExamplesPage() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (Snippet s : snippets(EXAMPLES_DOC)) {
            shown.add(s.className() + "#" + s.tag());
        }
        Set<String> tagged = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String className = f.getFileName().toString().replace(".java", "");
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = TAG.matcher(line);
                    if (m.matches() && m.group(1).equals("tag")) {
                        tagged.add(className + "#" + m.group(2));
                    }
                }
            }
        }
        tagged.removeAll(shown);
        assertEquals(Set.of(), tagged, "tagged regions missing from " + EXAMPLES_DOC);
    }

    @Test
    void aChangedSnippetIsDetected() {
        String region = region("ValidateIdNumber", "validate");
        assertFalse(region.isEmpty());
        assertFalse(region.equals(region.replace("SAUDI_ARABIA", "KUWAIT")));
        assertTrue(region.lines().noneMatch(l -> TAG.matcher(l).matches()), "tag markers leaked into " + region);
    }

    /** The marked {@code ```java} blocks of a Markdown file. */
    static List<Snippet> snippets(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            int open = i + 1;
            assertTrue(open < lines.size() && lines.get(open).strip().equals("```java"),
                    markdown + ":" + (i + 1) + ": a snippet marker must be followed by a ```java line");
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).strip().equals("```")) {
                close++;
            }
            assertTrue(close < lines.size(), markdown + ":" + (open + 1) + ": unclosed code block");
            snippets.add(new Snippet(markdown, i + 1, m.group(1), m.group(2),
                    String.join("\n", lines.subList(open + 1, close))));
            i = close;
        }
        return snippets;
    }

    /** The lines between the tag markers in the example's source, nested markers dropped, common indent removed. */
    static String region(String className, String tag) {
        Path source = SOURCES.resolve(className + ".java");
        List<String> lines;
        try {
            lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no example source " + source, e);
        }
        List<String> region = new ArrayList<>();
        boolean inside = false;
        boolean closed = false;
        for (String line : lines) {
            Matcher m = TAG.matcher(line);
            if (m.matches() && m.group(2).equals(tag)) {
                if (m.group(1).equals("tag")) {
                    inside = true;
                } else if (inside) {
                    closed = true;
                    break;
                }
            } else if (inside && !m.matches()) {
                region.add(line);
            }
        }
        assertTrue(closed, "no region tag::" + tag + "[] ... end::" + tag + "[] in " + source);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : region) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        return String.join("\n", out);
    }
}

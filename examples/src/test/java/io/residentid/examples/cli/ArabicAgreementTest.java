package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Plurals;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Arabic message of every bundle in the repository: counted nouns go through plural blocks with all of
 * Arabic's forms, and every message renders with the counts 0, 1, 2, 3, 10, 11 and 100 in the agreeing form;
 * every sentence about the holder with a select block on their sex renders with F, M and other.
 */
class ArabicAgreementTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final int[] COUNTS = {0, 1, 2, 3, 10, 11, 100};
    /** A number placeholder directly followed by a noun that must agree with it. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{\\d+}\\s*(يوم|يومًا|أيام|حرف|حرفًا|أحرف|بايت|بايتًا|بايتات|محاولة|محاولات|شهر|شهرًا|أشهر|سنة|سنوات|عامًا"
                    + "|شهادة|شهادات|شهادةً|أمر|أوامر|قيمة|قيم|مستوى|مستويات|ثانية|ثوانٍ|عنصر|عناصر|عنصرًا|سجل|سجلات|سجلًا"
                    + "|ملف|ملفات|ملفًا|مفتاح|مفاتيح|مفتاحًا|دولة|دول|صف|صفوف|صفًا)(?![\\p{L}])");
    private static final Pattern PLURAL_BLOCK = Pattern.compile("\\{\\d+,plural,");
    /** A select block on the holder's sex: its first form is {@code F}. */
    private static final Pattern SEX_SELECT = Pattern.compile("\\{(\\d+),select,F\\{");

    private static List<Path> arabicBundles() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_ar.properties"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void countedNounsUsePluralBlocksWithEveryArabicForm() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = arabicBundles();
        assertFalse(bundles.isEmpty(), "no Arabic bundles found");
        for (Path bundle : bundles) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                Matcher bare = BARE_COUNT.matcher(text);
                if (bare.find()) {
                    problems.add(bundle.getFileName() + " " + key + ": bare count '" + bare.group() + "'");
                }
                Matcher block = PLURAL_BLOCK.matcher(text);
                while (block.find()) {
                    String rest = text.substring(block.end());
                    for (String form : List.of("one{", "two{", "few{", "many{", "other{")) {
                        if (!rest.contains(form)) {
                            problems.add(bundle.getFileName() + " " + key + ": plural block without " + form);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyArabicMessageRendersWithEveryCount() throws IOException {
        List<String> problems = new ArrayList<>();
        int rendered = 0;
        for (Path bundle : arabicBundles()) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (!text.contains("{") || bundle.getFileName().toString().startsWith("help")) {
                    continue;
                }
                for (int count : COUNTS) {
                    Object[] args = new Object[10];
                    java.util.Arrays.fill(args, count);
                    try {
                        String out = Plurals.resolveAndFormat(text, AR, args);
                        rendered++;
                        if (out.contains(",plural,") || out.contains(",select,")) {
                            problems.add(bundle.getFileName() + " " + key + ": unresolved block");
                        }
                        if (PLURAL_BLOCK.matcher(text).find() && count == 11 && out.contains(" يوم ")) {
                            problems.add(bundle.getFileName() + " " + key + ": 11 with a singular noun");
                        }
                    } catch (IllegalArgumentException notANumberArgument) {
                        // A date or choice argument that a count cannot fill: its wording has no count to agree with.
                    }
                }
            }
        }
        assertTrue(rendered > 100, "only " + rendered + " renderings");
        assertEquals(List.of(), problems);
    }

    @Test
    void everySentenceAboutTheHolderRendersForFemaleMaleAndUnknown() throws IOException {
        List<String> problems = new ArrayList<>();
        int messagesWithSex = 0;
        for (Path bundle : arabicBundles()) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                Matcher select = SEX_SELECT.matcher(text);
                if (!select.find()) {
                    continue;
                }
                messagesWithSex++;
                int index = Integer.parseInt(select.group(1));
                String where = bundle.getParent().getFileName() + "/" + bundle.getFileName() + " " + key;
                if (!text.contains("M{") || !text.contains("other{")) {
                    problems.add(where + ": select block without M or other");
                }
                List<String> forms = new ArrayList<>();
                for (String sex : List.of("F", "M", "X")) {
                    Object[] args = new Object[10];
                    java.util.Arrays.fill(args, 1);
                    args[index] = sex;
                    String out = Plurals.resolveAndFormat(text, AR, args);
                    forms.add(out);
                    if (out.indexOf('{') >= 0 || out.indexOf('}') >= 0) {
                        problems.add(where + " (" + sex + "): stray brace in '" + out + "'");
                    }
                    if (out.contains(",select,") || out.contains(",plural,")) {
                        problems.add(where + " (" + sex + "): unresolved block");
                    }
                }
                if (forms.get(0).equals(forms.get(1))) {
                    problems.add(where + ": the feminine and masculine forms read the same: " + forms.get(0));
                }
                // Without the sex (e.g. not in the evidence) the sentence still renders, in its neutral form.
                String neutral = io.residentid.core.report.Plurals.resolve(text, AR, new Object[0]);
                if (neutral.contains(",select,")) {
                    problems.add(where + ": no neutral form");
                }
            }
        }
        assertTrue(messagesWithSex >= 10, "only " + messagesWithSex + " messages agree with the holder's sex");
        assertEquals(List.of(), problems);
    }

    /** A key defined twice silently loses its first text: card's unknown-profile message once hid a profile. */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(root)) {
            bundles = files.filter(p -> p.getFileName().toString().matches("(messages|help)(_ar)?\\.properties"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .toList();
        }
        for (Path bundle : bundles) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                boolean wasContinued = continued;
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
                if (wasContinued || line.isBlank() || line.startsWith("#") || line.indexOf('=') < 0) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).strip();
                if (!seen.add(key)) {
                    problems.add(root.relativize(bundle) + ": " + key);
                }
            }
        }
        assertFalse(bundles.isEmpty());
        assertEquals(List.of(), problems);
    }
}

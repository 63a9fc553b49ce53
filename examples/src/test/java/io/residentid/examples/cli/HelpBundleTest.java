package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The usage help ({@code --help}) in English and Arabic from {@code help.properties} / {@code help_ar.properties}. */
class HelpBundleTest {

    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    @Test
    void arabicHelpOfIdValidateIsArabic() {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "id", "validate", "--help");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("التحقق من رقم هوية"), r.out());
        assertTrue(r.out().contains("بلد الإصدار"), r.out());
        assertTrue(r.out().contains("عرض رسالة المساعدة"), r.out());
        assertTrue(r.out().contains("الاستخدام:"), r.out());
        assertFalse(r.out().contains("Validate an identity number"), r.out());
    }

    @Test
    void langWithEqualsSignAndAfterTheSubcommandAlsoSelectsArabic() {
        CliRunner.Result r = CliRunner.run("id", "validate", "--lang=ar", "--help");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("التحقق من رقم هوية"), r.out());
    }

    @Test
    void arabicRootHelpDescribesEveryGroupInArabic() {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "--help");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("قراءة وثائق هوية المقيمين"), r.out());
        assertTrue(r.out().contains("أوامر البطاقات الذكية"), r.out());
        assertTrue(r.out().contains("الأوامر:"), r.out());
    }

    @Test
    void englishHelpIsUnchanged() {
        CliRunner.Result r = CliRunner.run("--lang", "en", "id", "validate", "--help");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Usage: resident-id id validate"), r.out());
        assertTrue(r.out().contains("Validate an identity number: format, check digit and encoded facts. Prints JSON."),
                r.out());
        assertTrue(r.out().contains("Show this help message and exit."), r.out());
        assertFalse(ARABIC_LETTER.matcher(r.out()).find(), r.out());
    }

    @Test
    void englishBundleRepeatsTheAnnotationTexts() {
        // help.properties is the English reference for translators: it must say what the annotations say.
        CommandLine withBundle = new CommandLine(new ResidentIdCli());
        withBundle.setResourceBundle(ResidentIdCli.helpBundle(Locale.ENGLISH));
        CommandLine plain = new CommandLine(new ResidentIdCli());
        assertSameUsage(plain, withBundle);
    }

    private static void assertSameUsage(CommandLine plain, CommandLine withBundle) {
        assertEquals(plain.getUsageMessage(), withBundle.getUsageMessage(),
                plain.getCommandSpec().qualifiedName());
        for (String name : plain.getSubcommands().keySet()) {
            assertSameUsage(plain.getSubcommands().get(name), withBundle.getSubcommands().get(name));
        }
    }

    @Test
    void everyEnglishKeyHasAnArabicTranslation() throws IOException {
        Properties en = load("help.properties");
        Properties ar = load("help_ar.properties");
        assertTrue(en.size() > 100, "keys: " + en.size());
        Set<String> problems = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String value = ar.getProperty(key);
            if (value == null || !ARABIC_LETTER.matcher(value).find()) {
                problems.add(key);
            }
        }
        assertEquals(Set.of(), problems, "missing or not Arabic in help_ar.properties");
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInArabic() {
        // A command or option added without an entry in help_ar.properties shows up here by its qualified name.
        CommandLine root = new CommandLine(new ResidentIdCli());
        root.setResourceBundle(ResidentIdCli.helpBundle(new Locale("ar")));
        Set<String> english = new TreeSet<>();
        collectNonArabic(root, english);
        assertEquals(Set.of(), english, "add these keys to help.properties and help_ar.properties");
    }

    private static void collectNonArabic(CommandLine commandLine, Set<String> english) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        String name = spec.qualifiedName(".");
        if (!isArabic(spec.usageMessage().description())) {
            english.add(name + ".usage.description");
        }
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            if (!option.hidden() && !isArabic(option.description())) {
                english.add(name + "." + option.longestName().replaceFirst("^-+", ""));
            }
        }
        for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden() && !isArabic(parameter.description())) {
                english.add(name + "." + parameter.paramLabel() + "[" + parameter.index() + "]");
            }
        }
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            collectNonArabic(sub, english);
        }
    }

    private static boolean isArabic(String[] description) {
        return ARABIC_LETTER.matcher(String.join(" ", description)).find();
    }

    @Test
    void helpLocaleFollowsTheRawLangArgument() {
        assertEquals("ar", ResidentIdCli.helpLocale(new String[] {"--lang", "ar", "--help"}).getLanguage());
        assertEquals("ar", ResidentIdCli.helpLocale(new String[] {"qr", "--lang=AR"}).getLanguage());
        assertEquals("en", ResidentIdCli.helpLocale(new String[] {"--lang", "en", "--help"}).getLanguage());
        assertEquals("en", ResidentIdCli.helpLocale(new String[] {"--lang=ar", "--lang", "en"}).getLanguage());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HelpBundleTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

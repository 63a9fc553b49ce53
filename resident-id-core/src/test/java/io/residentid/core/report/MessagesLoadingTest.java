package io.residentid.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bundles are read through the anchor's module, with the locale fallbacks ResourceBundle would apply. */
class MessagesLoadingTest {

    private final Messages messages = Messages.forPackageOf(MessagesLoadingTest.class);

    @Test
    void aRegionalArabicLocaleUsesTheArabicBundle() {
        assertEquals("بيانات البطاقة", messages.get(Locale.forLanguageTag("ar-SA"), "plain"));
        assertEquals("بيانات البطاقة", messages.get(Locale.forLanguageTag("ar-OM-x-lvariant-TEST"), "plain"));
    }

    @Test
    void aLanguageWithoutBundleFallsBackToTheBaseNotTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // ResourceBundle would prefer the JVM's default locale; a finding's language must not depend on it.
            Locale.setDefault(Locale.forLanguageTag("ar"));
            assertEquals("the card's data", messages.get(Locale.FRENCH, "plain"));
            assertEquals("the card's data", messages.get(Locale.ROOT, "plain"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aPackageWithoutBundleInANamedModuleGivesTheKey() {
        // java.lang lives in the named module java.base, which has no such bundle.
        Messages none = Messages.forPackageOf(String.class);
        assertEquals("SOME_CODE", none.get("SOME_CODE"));
        assertEquals("SOME_CODE [3]", none.get(Locale.ENGLISH, "SOME_CODE", 3));
    }

    @Test
    void aKeyAbsentFromEveryFileGivesTheKeyInArabicToo() {
        assertEquals("NO_SUCH_CODE", messages.get(Locale.forLanguageTag("ar-SA"), "NO_SUCH_CODE"));
    }

    @Test
    void concurrentFirstLookupsAllSeeTheSameText() throws Exception {
        Messages fresh = Messages.forPackageOf(MessagesLoadingTest.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("ar");
                results.add(pool.submit(() -> fresh.get(locale, "plain")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? "the card's data" : "بيانات البطاقة", results.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

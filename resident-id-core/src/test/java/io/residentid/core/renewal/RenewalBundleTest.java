package io.residentid.core.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RenewalBundleTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RenewalText.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void arabicBundleHasEveryKeyInArabicScript() throws Exception {
        Properties en = load("messages.properties");
        Properties ar = load("messages_ar.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ar.stringPropertyNames()));
        for (String key : ar.stringPropertyNames()) {
            String value = ar.getProperty(key);
            if (!value.matches("[\\s{}0-9:*-]*")) {
                assertTrue(value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                        key + " is not Arabic: " + value);
            }
        }
    }

    @Test
    void everyBundledCodeHasText() throws Exception {
        Properties en = load("messages.properties");
        for (RulePack pack : RulePacks.bundled().all()) {
            pack.documents().forEach(d -> assertTrue(en.containsKey("document." + d.document()), d.document()));
            pack.addOns().forEach(a -> assertTrue(en.containsKey("item." + a.item()), a.item()));
            pack.lateFines().forEach(f -> f.tiers().stream().filter(t -> t.consequence() != null)
                    .forEach(t -> assertTrue(en.containsKey("consequence." + t.consequence()), t.consequence())));
        }
        for (RenewalStatus s : RenewalStatus.values()) {
            assertTrue(en.containsKey("status." + s.name()));
        }
    }
}

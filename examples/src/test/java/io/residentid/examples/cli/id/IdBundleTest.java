package io.residentid.examples.cli.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IdBundleTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                IdBundleTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void arabicBundleTranslatesEveryEnglishKey() throws Exception {
        Properties english = load("messages.properties");
        Properties arabic = load("messages_ar.properties");
        assertEquals(english.keySet(), arabic.keySet());
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("demo.id.label") || key.equals("demo.id.title") || key.startsWith("id.")) {
                assertNotEquals(english.getProperty(key), arabic.getProperty(key), key);
            }
        }
    }
}

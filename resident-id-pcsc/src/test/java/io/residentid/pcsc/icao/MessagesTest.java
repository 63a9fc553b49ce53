package io.residentid.pcsc.icao;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every finding code of the icao package has an English and an Arabic message. */
class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndArabicBundlesHaveTheSameKeys() throws Exception {
        assertEquals(load("messages.properties").stringPropertyNames(),
                load("messages_ar.properties").stringPropertyNames());
    }

    @Test
    void everyChipFindingCodeHasBothMessages() throws Exception {
        Properties en = load("messages.properties");
        Properties ar = load("messages_ar.properties");
        for (ChipFindingCode code : ChipFindingCode.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(en.containsKey(code.code()), code.code());
            org.junit.jupiter.api.Assertions.assertTrue(ar.containsKey(code.code()), code.code());
            org.junit.jupiter.api.Assertions.assertFalse(code.finding().message(java.util.Locale.forLanguageTag("ar"))
                    .isBlank());
        }
    }
}

package io.residentid.kyc;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KycMessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = KycCode.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyCodeHasAnEnglishAndAnArabicMessageAndNothingElse() throws Exception {
        Properties en = load("messages.properties");
        Properties ar = load("messages_ar.properties");
        assertEquals(KycCode.values().length, en.size());
        assertEquals(en.keySet(), ar.keySet());
        for (KycCode c : KycCode.values()) {
            assertTrue(en.containsKey(c.code()), c.code());
            String arabic = ar.getProperty(c.code());
            assertTrue(arabic.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.ARABIC),
                    c.code());
            assertEquals(count(en.getProperty(c.code())), count(arabic), "same placeholders in " + c.code());
        }
    }

    /** The argument indices a message prints; a select block (Arabic agreement with the holder's sex) prints none. */
    private static java.util.Set<String> count(String s) {
        java.util.Set<String> indices = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)(?!,select,)").matcher(s);
        while (m.find()) {
            indices.add(m.group(1));
        }
        return indices;
    }
}

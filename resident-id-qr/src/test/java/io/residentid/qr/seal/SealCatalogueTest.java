package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SealCatalogueTest {

    @Test
    void anIntegratorAddsADocumentTypeAndItsFeaturesDecodeByName() {
        String hex = SealTestData.cases().get("cases").get(6).get("raw").get("value").asText();
        assertEquals("UNKNOWN", SealDecoder.standard().decodeHex(hex).documentType());
        SealCatalogue extended = SealCatalogue.standard().with("{\"vdsTypes\":[{\"name\":\"PERMANENT_RESIDENCE\","
                + "\"featureRef\":\"f4\",\"category\":\"8f\",\"features\":["
                + "{\"tag\":1,\"name\":\"FIRST\",\"coding\":\"BYTES\"},{\"tag\":2,\"name\":\"SECOND\",\"coding\":\"BYTES\"}]}]}");
        Seal seal = SealDecoder.of(extended).decodeHex(hex);
        assertEquals("PERMANENT_RESIDENCE", seal.documentType());
        assertTrue(seal.feature("FIRST").isPresent());
        // The standard catalogue is unchanged.
        assertEquals("UNKNOWN", SealDecoder.standard().decodeHex(hex).documentType());
    }

    @Test
    void everyCodeHasAnEnglishAndADifferentArabicMessage() throws IOException {
        Properties en = load("messages.properties");
        Properties ar = load("messages_ar.properties");
        for (SealCode code : SealCode.values()) {
            assertTrue(en.containsKey(code.code()), code + " en");
            assertTrue(ar.containsKey(code.code()), code + " ar");
            assertNotEquals(en.get(code.code()), ar.get(code.code()), code.code());
            assertTrue(ar.getProperty(code.code()).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), code.code());
            assertNotEquals(code.code(), code.message(new Locale("ar"), "x"));
        }
        assertEquals(SealCode.values().length, en.size());
        assertEquals(SealCode.values().length, ar.size());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SealCode.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

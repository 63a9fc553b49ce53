package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParseMrzTest {

    @Test
    void theMisreadExpiryIsRepairedAndTheMrzIsValid() {
        ExampleOutput out = new ExampleOutput();
        assertTrue(ParseMrz.run(ParseMrz.sampleOcrText(), out.stream()));
        String text = out.text();
        assertTrue(text.contains("expires 2027-06-30"), text);
        assertTrue(text.contains("repaired line 2"), text);
        assertTrue(text.contains("valid true"), text);
        assertFalse(text.contains("123456789"), "document number printed unmasked: " + text);
        assertFalse(text.contains("KUMAR"), "name printed unmasked: " + text);
    }
}

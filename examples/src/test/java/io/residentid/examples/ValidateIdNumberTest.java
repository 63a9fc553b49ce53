package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidateIdNumberTest {

    @Test
    void aMistypedIqamaIsRefusedWithAnArabicFindingAndPrintedMasked() {
        ExampleOutput out = new ExampleOutput();
        assertFalse(ValidateIdNumber.run(ValidateIdNumber.MISTYPED_IQAMA, out.stream()));
        String text = out.text();
        assertTrue(text.contains("INVALID"), text);
        assertTrue(text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), "no Arabic text: " + text);
        assertFalse(text.contains(ValidateIdNumber.MISTYPED_IQAMA), "number printed unmasked: " + text);
    }

    @Test
    void aCorrectIqamaIsValidWithoutFindings() {
        ExampleOutput out = new ExampleOutput();
        assertTrue(ValidateIdNumber.run("2345678904", out.stream()));
        assertTrue(out.text().strip().lines().count() == 1, out.text());
    }
}

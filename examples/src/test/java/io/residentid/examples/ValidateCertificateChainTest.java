package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidateCertificateChainTest {

    @Test
    void theChainIsValidNowAndRefusedAsExpiredInTwoYears() throws Exception {
        ExampleOutput out = new ExampleOutput();
        assertTrue(ValidateCertificateChain.run(out.stream()), out.text());
        String text = out.text();
        assertTrue(text.contains("now: VALID, path of 3 certificates"), text);
        assertTrue(text.contains("in two years: INVALID"), text);
        assertTrue(text.contains("EXPIRED: "), text);
    }
}

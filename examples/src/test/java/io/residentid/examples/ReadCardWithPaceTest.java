package io.residentid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.icao.ChipReadResult;
import org.junit.jupiter.api.Test;

class ReadCardWithPaceTest {

    @Test
    void theEmulatedCardIsReadWithPaceAndPassesPassiveAuthentication() throws Exception {
        ExampleOutput out = new ExampleOutput();
        ChipReadResult r = ReadCardWithPace.run(out.stream());
        assertEquals(io.residentid.core.report.Verdict.VALID, r.passiveAuthentication());
        String text = out.text();
        assertTrue(text.contains("access control: PACE"), text);
        assertTrue(text.contains("passive authentication: VALID"), text);
        assertTrue(text.contains("chip authentication: VALID, active: VALID"), text);
        assertTrue(text.contains(" of OMN, holder "), text);
        assertTrue(text.contains("expires "), text);
    }
}

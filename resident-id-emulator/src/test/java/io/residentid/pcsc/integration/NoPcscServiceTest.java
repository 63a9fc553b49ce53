package io.residentid.pcsc.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.pcsc.transport.Pcsc;
import io.residentid.pcsc.transport.PcscUnavailableException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Without a running pcscd, opening PC/SC is a typed, clearly worded failure. */
class NoPcscServiceTest {

    @Test
    void noDaemonMeansPcscUnavailable() {
        Assumptions.assumeFalse(PcscdFixture.daemonAnswers(), "a pcscd is running on this machine");
        try {
            Pcsc.open();
        } catch (PcscUnavailableException e) {
            assertTrue(e.getMessage().contains("PC/SC") || e.getMessage().contains("pcscd"), e.getMessage());
            return;
        }
        // only acceptable if another build on this machine started a pcscd in the meantime
        assertTrue(PcscdFixture.daemonAnswers(), "Pcsc.open() succeeded without a PC/SC daemon");
    }
}

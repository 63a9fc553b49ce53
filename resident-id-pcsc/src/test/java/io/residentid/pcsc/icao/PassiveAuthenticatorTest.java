package io.residentid.pcsc.icao;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passive authentication on the BSI 2008 specimen (explicit-curve ECDSA with SHA-1, no CSCA shipped). */
class PassiveAuthenticatorTest {

    private static final Clock IN_2008 = Clock.fixed(Instant.parse("2008-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static Map<LdsFile, byte[]> groups() throws Exception {
        Map<LdsFile, byte[]> files = new EnumMap<>(LdsFile.class);
        files.put(LdsFile.DG1, LdsSampleTest.resource("bsi2008/Datagroup1.bin"));
        files.put(LdsFile.DG2, LdsSampleTest.resource("bsi2008/Datagroup2.bin"));
        files.put(LdsFile.DG14, LdsSampleTest.resource("bsi2008/Datagroup14.bin"));
        return files;
    }

    @Test
    void bsi2008SignatureAndHashesVerifyIn2008() throws Exception {
        PassiveAuthenticator.Result r = PassiveAuthenticator.builder().clock(IN_2008).build()
                .verify(LdsSampleTest.resource("bsi2008/EF_SOD.bin"), groups());
        // No CSCA ships with the sample: signature and hashes pass, the chain stays undecided.
        assertEquals(io.residentid.core.report.Verdict.INDETERMINATE, r.status(), r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("SOD_SIGNATURE_INVALID")
                || f.code().equals("DG_HASH_MISMATCH")), r.findings().toString());
        assertTrue(r.documentSigner().isPresent());
    }

    @Test
    void alteredDataGroupFails() throws Exception {
        Map<LdsFile, byte[]> files = groups();
        files.get(LdsFile.DG1)[10] ^= 1;
        PassiveAuthenticator.Result r = PassiveAuthenticator.builder().clock(IN_2008).build()
                .verify(LdsSampleTest.resource("bsi2008/EF_SOD.bin"), files);
        assertEquals(io.residentid.core.report.Verdict.INVALID, r.status());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("DG_HASH_MISMATCH")));
    }

    @Test
    void garbageSodFailsWithAFinding() {
        PassiveAuthenticator.Result r = PassiveAuthenticator.builder().build()
                .verify(new byte[] {0x77, 0x03, 0x30, 0x01, 0x00}, Map.of());
        assertEquals(io.residentid.core.report.Verdict.INVALID, r.status());
        assertEquals("SOD_MALFORMED", r.findings().get(0).code());
    }
}

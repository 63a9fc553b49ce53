package io.residentid.pcsc.integration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The emulated resident card read through the real stack: pcscd + vsmartcard-vpcd + javax.smartcardio. PACE and
 * BAC, passive, active and chip authentication, a tampered data group, a wrong CAN that fails once
 * ({@link IcaoPcscStackScenario}, run in a child JVM because javax.smartcardio's PC/SC context cannot survive a
 * pcscd restart within one JVM). Same skip rules as {@link RealPcscStackTest}.
 */
@Tag("pcscd")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class IcaoPcscStackTest {

    private static PcscdFixture pcscd;

    @BeforeAll
    static void startPcscd() throws Exception {
        pcscd = PcscdFixture.startOrSkip(Paths.get("target", "pcscd-icao-it").toAbsolutePath());
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @Test
    void emulatedResidentCardIsReadThroughPcscd() throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                IcaoPcscStackScenario.class.getName(), String.valueOf(pcscd.vpcdPort())))
                .redirectErrorStream(true).start();
        boolean finished = child.waitFor(200, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
            fail("the pcscd scenario did not finish in 200 s\n" + pcscd.log());
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output + "\n" + pcscd.log());
        assertTrue(output.contains("SCENARIO PASSED"), output);
    }
}

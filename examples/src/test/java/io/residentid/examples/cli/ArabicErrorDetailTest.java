package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors in Arabic do not carry the library's English detail (issue 12): the reason an image was refused and a
 * missing PC/SC service read in Arabic; English keeps the library's message.
 */
class ArabicErrorDetailTest {

    @Test
    void anImageThatIsNotAnImageIsRefusedInArabic(@TempDir Path dir) throws Exception {
        Path notAnImage = Files.writeString(dir.resolve("notes.png"), "not an image", StandardCharsets.UTF_8);
        CliRunner.Result ar = CliRunner.run("--lang", "ar", "qr", "decode-image", notAnImage.toString());
        assertEquals(2, ar.exitCode(), ar.err());
        assertTrue(ar.err().startsWith("resident-id: ") && ar.err().contains("صيغة الصورة غير مقروءة"), ar.err());
        assertFalse(ar.err().contains("Not a readable"), ar.err());
        assertEquals(1, ar.err().strip().lines().count(), ar.err());
        CliRunner.Result en = CliRunner.run("qr", "decode-image", notAnImage.toString());
        assertEquals(2, en.exitCode(), en.err());
        assertTrue(en.err().contains("Not a readable image format"), en.err());
    }

    @Test
    void aMissingPcscServiceIsExplainedInArabicAndArabicIndicDigitsAreTakenForTheCan() {
        Assumptions.assumeFalse(Files.exists(Paths.get("/run/pcscd/pcscd.comm")), "a pcscd is running here");
        CliRunner.Result r = CliRunner.run("--lang", "ar", "card", "read", "--can", "١٢٣٤٥٦");
        Assumptions.assumeTrue(r.exitCode() == 3, "a pcscd started meanwhile");
        assertTrue(r.err().contains("لا تعمل خدمة PC/SC"), r.err());
        assertFalse(r.err().contains("No PC/SC service"), r.err());
        assertFalse(r.err().contains("قيمة غير صالحة"), "the Arabic-Indic CAN is accepted: " + r.err());
    }
}

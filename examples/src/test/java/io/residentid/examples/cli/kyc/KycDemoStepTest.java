package io.residentid.examples.cli.kyc;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.KycOnboardingExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

class KycDemoStepTest {

    @TempDir
    Path tmp;

    @Test
    void theBankOnboardingStoryComesOutAsExpectedInBothLanguages() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, new Locale("ar")}) {
            StringWriter text = new StringWriter();
            CliOutput out = new CliOutput(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true),
                    locale);
            boolean ok = new KycDemoStep().run(out, new DemoContext(tmp.resolve(locale.getLanguage())));
            assertTrue(ok, text.toString());
            // Outcome tokens are translated in Arabic text: the decision reads "رفض", not "FAIL".
            String fail = "ar".equals(locale.getLanguage()) ? "case-0002: رفض" : "case-0002: FAIL";
            assertTrue(text.toString().contains(fail), text.toString());
        }
    }

    @Test
    void theExampleProgramRuns() throws Exception {
        KycOnboardingExample.main(new String[] {tmp.resolve("example").toString()});
    }
}

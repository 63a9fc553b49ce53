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
            assertTrue(text.toString().contains("case-0002: FAIL"), text.toString());
        }
    }

    @Test
    void theExampleProgramRuns() throws Exception {
        KycOnboardingExample.main(new String[] {tmp.resolve("example").toString()});
    }
}

package io.residentid.examples.cli.renewal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalDemoStepTest {

    static String run(Locale locale, Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CliOutput cli = new CliOutput(new PrintWriter(out), new PrintWriter(new StringWriter()), locale);
        assertTrue(new RenewalDemoStep().run(cli, new DemoContext(dir)));
        return out.toString();
    }

    @Test
    void showsDueThenOverdueInEnglish(@TempDir Path dir) throws Exception {
        String text = run(Locale.ENGLISH, dir);
        assertTrue(text.contains("Renewal due now"), text);
        assertTrue(text.contains("Expired, late fines accruing"), text);
        assertTrue(text.contains("Late renewal fine: 5.000 OMR"), text);
        assertTrue(text.contains("Total due: 10.000 OMR"), text);
    }

    @Test
    void showsArabic(@TempDir Path dir) throws Exception {
        String text = run(new Locale("ar"), dir);
        assertTrue(text.contains("حان موعد التجديد"), text);
        assertTrue(text.contains("غرامة التأخر عن التجديد: 5.000 OMR"), text);
        assertTrue(text.contains("الإجمالي المستحق"), text);
    }
}

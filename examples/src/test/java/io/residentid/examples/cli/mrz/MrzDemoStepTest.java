package io.residentid.examples.cli.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrzDemoStepTest {

    @TempDir
    Path tmp;

    private String run(Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        CliOutput output = new CliOutput(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), locale);
        assertTrue(new MrzDemoStep().run(output, new DemoContext(tmp)));
        return out.toString();
    }

    @Test
    void generatesReadsAndRepairsTheSampleCard() throws Exception {
        String text = run(Locale.ENGLISH);
        assertTrue(text.contains("I<OMN1234567897"), text);
        assertTrue(text.contains("KUMAR<<RAJESH"), text);
        assertTrue(text.contains("85O3149M27O63O6"), text);
        assertTrue(text.contains("line 2, position 3: 'O' -> '0'"), text);
        assertEquals(3, text.lines().filter(l -> l.contains("-> '0'")).count(), text);
    }

    @Test
    void speaksArabic() throws Exception {
        String text = run(new Locale("ar"));
        assertTrue(text.contains("أرقام التحقق"), text);
        assertTrue(text.contains("أُصلحت"), text);
    }
}

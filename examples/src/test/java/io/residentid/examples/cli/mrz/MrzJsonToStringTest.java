package io.residentid.examples.cli.mrz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON view of a parsed MRZ must not print names, numbers or dates in {@code toString()}. */
class MrzJsonToStringTest {

    @Test
    void toStringMasksPersonalData() {
        MrzJson json = new MrzJson("TD1", "ID", "OMN", "L898902C3", "ZE184226B", LocalDate.of(1974, 8, 12), "F",
                LocalDate.of(2030, 4, 15), "OMN", "", "ERIKSSON", "ANNA MARIA", null, true, List.of(), List.of());
        String text = json.toString();
        for (String secret : List.of("L898902C3", "ZE184226B", "1974-08-12", "ERIKSSON", "ANNA")) {
            assertFalse(text.contains(secret), text);
        }
    }
}

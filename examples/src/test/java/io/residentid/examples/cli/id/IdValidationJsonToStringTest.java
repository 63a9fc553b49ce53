package io.residentid.examples.cli.id;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON view of an identifier check must not print the identifier or birth date in {@code toString()}. */
class IdValidationJsonToStringTest {

    @Test
    void toStringMasksIdentifierAndHidesBirthDate() {
        IdValidationJson json = new IdValidationJson("OM", "2000000008", "2000000008", true, List.of(), null,
                1990, LocalDate.of(1990, 4, 17), "OMN");
        String text = json.toString();
        assertFalse(text.contains("2000000008"), text);
        assertFalse(text.contains("1990-04-17"), text);
    }
}

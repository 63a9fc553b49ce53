package io.residentid.emulator;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 11 item 10: a persona document that is the JSON literal {@code null} is not a persona. */
class PersonaReadTest {

    @Test
    void personaDocumentNullThrowsTheDocumentedException() {
        assertThrows(IOException.class, () -> ResidentPersona.read(
                new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8))));
    }
}

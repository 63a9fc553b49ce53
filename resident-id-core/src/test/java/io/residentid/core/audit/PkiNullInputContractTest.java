package io.residentid.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.Crls;
import io.residentid.core.pki.LdsSecurityObject;
import io.residentid.core.pki.MasterList;
import io.residentid.core.pki.OcspResponses;
import io.residentid.core.pki.PkiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The pki parsers with {@code null} and empty input may only throw {@link PkiException} (random and truncated input
 * is covered by {@code io.residentid.core.pki.HostileInputTest}).
 */
class PkiNullInputContractTest {

    /** Known failures in code this audit may not edit; see /work/notes/audit.md. Must shrink, never grow. */
    private static final List<String> KNOWN_NULL_FAILURES = List.of("Certificates.read", "Crls.read");

    private static Map<String, Consumer<byte[]>> parsers() {
        Map<String, Consumer<byte[]>> m = new LinkedHashMap<>();
        m.put("Certificates.parseDer", Certificates::parseDer);
        m.put("Certificates.parseAll", Certificates::parseAll);
        m.put("Certificates.parse", Certificates::parse);
        // The read(Path) methods are called with a null path whenever the input is null.
        m.put("Certificates.read", b -> Certificates.read(b == null ? null : java.nio.file.Path.of("missing.pem")));
        m.put("Crls.parseAll", Crls::parseAll);
        m.put("Crls.parseDer", Crls::parseDer);
        m.put("Crls.read", b -> Crls.read(b == null ? null : java.nio.file.Path.of("missing.crl")));
        m.put("LdsSecurityObject.parse", LdsSecurityObject::parse);
        m.put("MasterList.parse", MasterList::parse);
        m.put("OcspResponses.parse", OcspResponses::parse);
        return m;
    }

    private static List<String> failing(byte[] input) {
        List<String> failing = new ArrayList<>();
        parsers().forEach((name, parser) -> {
            try {
                parser.accept(input);
            } catch (PkiException documented) {
                // expected
            } catch (RuntimeException other) {
                failing.add(name);
            }
        });
        return failing;
    }

    @Test
    void nullInputFailsOnlyWithPkiException() {
        assertEquals(KNOWN_NULL_FAILURES, failing(null));
    }

    @Test
    void emptyInputAndMissingFilesFailOnlyWithPkiException() {
        assertEquals(List.of(), failing(new byte[0]));
    }
}

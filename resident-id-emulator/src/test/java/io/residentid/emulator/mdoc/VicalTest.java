package io.residentid.emulator.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Verdict;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.transport.InMemoryTransport;
import io.residentid.mdoc.vical.Vical;
import io.residentid.mdoc.vical.VicalReport;
import io.residentid.mdoc.vical.VicalVerifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VicalTest {

    @Test
    void aVerifiedVicalSuppliesTheIacasForAResponse() {
        EmulatedPhone phone = EmulatedPhone.demo();
        MdocTestPki vicalPki = MdocTestPki.create("OM", Instant.now().minusSeconds(86_400));
        Bytes vical = VicalIssuer.issue(vicalPki, "resident-id test VICAL", Instant.now(),
                List.of(phone.pki().iaca()), List.of(MdocDocTypes.MDL));
        VicalReport report = VicalVerifier.trusting(vicalPki.trustStore()).verify(vical, Instant.now());
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        Vical list = report.vical().orElseThrow();
        assertEquals("resident-id test VICAL", list.provider());
        assertEquals(1, list.trustStore(MdocDocTypes.MDL).size());
        assertEquals(0, list.trustStore(MdocDocTypes.RESIDENT).size());

        MdocReader reader = MdocReader.builder().verifier(DeviceResponseVerifier.builder()
                .trustStore(list.trustStore(MdocDocTypes.MDL)).build()).build();
        MdocReader.ReadResult r = reader.read(phone.holder().startQrEngagement(), null,
                new InMemoryTransport(phone.holder()::handle), List.of(new ItemsRequest(MdocDocTypes.MDL,
                        MdocRoundTripTest.ask(MdocDocTypes.MDL_NAMESPACE, "family_name"))));
        assertTrue(r.report().isValid(), r.report().findings().toString());
    }

    @Test
    void aTamperedOrUntrustedVicalIsInvalid() {
        EmulatedPhone phone = EmulatedPhone.demo();
        MdocTestPki vicalPki = MdocTestPki.create("OM", Instant.now().minusSeconds(86_400));
        byte[] vical = VicalIssuer.issue(vicalPki, "provider", Instant.now(), List.of(phone.pki().iaca()),
                List.of(MdocDocTypes.MDL)).toByteArray();
        VicalReport untrusted = VicalVerifier.trusting(phone.pki().trustStore()).verify(Bytes.of(vical),
                Instant.now());
        assertFalse(untrusted.isValid());
        assertTrue(untrusted.has(MdocCode.VICAL_INVALID));
        vical[vical.length - 5] ^= 1; // inside the signature
        VicalReport tampered = VicalVerifier.trusting(vicalPki.trustStore()).verify(Bytes.of(vical), Instant.now());
        assertFalse(tampered.isValid());
        assertTrue(tampered.vical().isEmpty());
    }
}

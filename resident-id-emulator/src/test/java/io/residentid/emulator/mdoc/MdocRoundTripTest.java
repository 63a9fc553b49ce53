package io.residentid.emulator.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.ResidentPersona;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceAuthMethod;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.DocumentReport;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.transport.InMemoryTransport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MdocRoundTripTest {

    static Map<String, Map<String, Boolean>> ask(String namespace, String... elements) {
        Map<String, Boolean> e = new LinkedHashMap<>();
        for (String id : elements) {
            e.put(id, false);
        }
        return Map.of(namespace, e);
    }

    static MdocReader.ReadResult read(EmulatedPhone phone, List<ItemsRequest> requests) {
        DeviceEngagement engagement = DeviceEngagement.fromQrText(phone.holder().startQrEngagement().toQrText());
        MdocReader reader = MdocReader.builder()
                .verifier(DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore()).build()).build();
        try (InMemoryTransport transport = new InMemoryTransport(phone.holder()::handle)) {
            return reader.read(engagement, null, transport, requests);
        }
    }

    @Test
    void bankReadsNameBirthDateAndPortraitOnly() {
        EmulatedPhone phone = EmulatedPhone.demo();
        MdocReader.ReadResult r = read(phone, List.of(new ItemsRequest(MdocDocTypes.MDL, ask(
                MdocDocTypes.MDL_NAMESPACE, "family_name", "given_name", "birth_date", "portrait"))));
        assertEquals(Verdict.VALID, r.report().verdict(), r.report().findings().toString());
        DocumentReport doc = r.report().documents().get(0);
        assertEquals(DeviceAuthMethod.MAC, doc.deviceAuthMethod());
        assertTrue(doc.deviceAuthValid());
        assertEquals(Set.of("family_name", "given_name", "birth_date", "portrait"),
                doc.elements().get(MdocDocTypes.MDL_NAMESPACE).keySet());
        assertEquals("KUMAR", doc.element(MdocDocTypes.MDL_NAMESPACE, "family_name").orElseThrow().text()
                .orElseThrow());
        assertEquals(LocalDate.of(1988, 4, 12), doc.element(MdocDocTypes.MDL_NAMESPACE, "birth_date")
                .orElseThrow().date().orElseThrow());
        assertEquals(1, phone.holder().requestsAnswered());
    }

    @Test
    void residentDocTypeMapsOntoIdentityDocument() {
        EmulatedPhone phone = EmulatedPhone.create(ResidentPersona.demo(), ConsentPolicy.releaseAll(),
                DeviceAuthMethod.SIGNATURE);
        List<String> all = List.copyOf(MdocPersonas.resident(ResidentPersona.demo())
                .get(MdocDocTypes.RESIDENT_NAMESPACE).keySet());
        MdocReader.ReadResult r = read(phone, List.of(new ItemsRequest(MdocDocTypes.RESIDENT,
                ask(MdocDocTypes.RESIDENT_NAMESPACE, all.toArray(String[]::new)))));
        assertEquals(Verdict.VALID, r.report().verdict(), r.report().findings().toString());
        DocumentReport doc = r.report().documents().get(0);
        assertEquals(DeviceAuthMethod.SIGNATURE, doc.deviceAuthMethod());
        IdentityDocument id = doc.identityDocument().orElseThrow();
        assertEquals(DocumentType.OMAN_RESIDENT_CARD, id.type());
        assertEquals("RC1234567", id.documentNumber());
        assertEquals("123456782", id.personalNumber());
        assertEquals("رافي كومار", id.holder().arabicName());
        assertEquals("KUMAR", id.holder().primaryIdentifier());
        assertEquals("IND", id.holder().nationality().code());
        assertEquals("OMAN BUILD LLC", id.holder().employer());
        assertEquals(LocalDate.of(2031, 4, 30), id.dateOfExpiry());
    }

    @Test
    void consentWithholdsAndTheReaderReportsIt() {
        EmulatedPhone phone = EmulatedPhone.create(ResidentPersona.demo(), ConsentPolicy.withhold(Set.of("portrait")),
                DeviceAuthMethod.MAC);
        MdocReader.ReadResult r = read(phone, List.of(new ItemsRequest(MdocDocTypes.MDL, ask(
                MdocDocTypes.MDL_NAMESPACE, "family_name", "portrait"))));
        DocumentReport doc = r.report().documents().get(0);
        assertEquals(Verdict.VALID, doc.verdict());
        assertTrue(doc.has(MdocCode.ELEMENT_WITHHELD));
        assertEquals(List.of("portrait"), doc.withheld().get(MdocDocTypes.MDL_NAMESPACE));
        assertFalse(doc.elements().get(MdocDocTypes.MDL_NAMESPACE).containsKey("portrait"));
    }

    @Test
    void aDocumentTheHolderDoesNotHaveIsReported() {
        EmulatedPhone phone = EmulatedPhone.demo();
        MdocReader.ReadResult r = read(phone, List.of(new ItemsRequest("org.example.unknown.1",
                ask("org.example.unknown.1", "x"))));
        assertTrue(r.report().has(MdocCode.DOCUMENT_ERROR_REPORTED));
        assertTrue(r.report().has(MdocCode.NO_DOCUMENTS));
        assertEquals(Verdict.INVALID, r.report().verdict());
    }

    @Test
    void aResponseFromAnotherIssuerIsNotTrusted() {
        EmulatedPhone phone = EmulatedPhone.demo();
        EmulatedPhone other = EmulatedPhone.demo();
        DeviceEngagement engagement = phone.holder().startQrEngagement();
        MdocReader reader = MdocReader.builder()
                .verifier(DeviceResponseVerifier.builder().trustStore(other.pki().trustStore()).build()).build();
        MdocReader.ReadResult r = reader.read(engagement, null, new InMemoryTransport(phone.holder()::handle),
                List.of(new ItemsRequest(MdocDocTypes.MDL, ask(MdocDocTypes.MDL_NAMESPACE, "family_name"))));
        assertFalse(r.report().isValid());
        assertTrue(r.report().documents().get(0).elements().isEmpty() || !r.report().documents().get(0)
                .issuerAuthValid());
    }
}

package io.residentid.emulator.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.emulator.ResidentPersona;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.cbor.CborArray;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.DocumentReport;
import io.residentid.mdoc.response.IssuerSignedItem;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionTranscript;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Responses crafted to break one rule each: every one fails with its own code. */
class MdocHostileResponseTest {

    record Setup(MdocTestPki pki, MdocHolder holder, SessionTranscript transcript, MdocKeyPair readerKey,
                 DeviceRequest request) {
        Bytes response() {
            return holder.respond(request, transcript, readerKey.publicKey());
        }

        DocumentReport verify(Bytes response) {
            return DeviceResponseVerifier.builder().trustStore(pki.trustStore()).build().verify(response,
                    new VerificationInput(transcript, Optional.of(readerKey), Optional.of(request), Instant.now()))
                    .documents().get(0);
        }
    }

    static Setup setup(Instant signed, Instant validUntil, String msoDocType) {
        MdocTestPki pki = MdocTestPki.create("OM", Instant.now().minus(Duration.ofDays(400)));
        MdocKeyPair deviceKey = MdocKeyPair.generate(CoseCurve.P_256);
        IssuedMdoc issued = new MdocIssuer(pki).issue(msoDocType, MdocPersonas.mdl(ResidentPersona.demo()),
                deviceKey.publicKey(), signed, validUntil);
        IssuedMdoc presented = new IssuedMdoc(MdocDocTypes.MDL, issued.namespaces(), issued.issuerAuth());
        MdocHolder holder = MdocHolder.builder().deviceKey(deviceKey).add(presented).build();
        DeviceEngagement engagement = holder.startQrEngagement();
        MdocKeyPair readerKey = MdocKeyPair.generate(CoseCurve.P_256);
        SessionTranscript transcript = SessionTranscript.create(engagement,
                CborItem.embedded(readerKey.publicKey().toCbor()), null);
        DeviceRequest request = DeviceRequest.builder().add(new ItemsRequest(MdocDocTypes.MDL,
                MdocRoundTripTest.ask(MdocDocTypes.MDL_NAMESPACE, "family_name", "birth_date"))).build();
        return new Setup(pki, holder, transcript, readerKey, request);
    }

    static Setup valid() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return setup(now.minusSeconds(60), now.plus(Duration.ofDays(30)), MdocDocTypes.MDL);
    }

    /** The response with documents[0].issuerSigned.nameSpaces[mDL namespace] replaced. */
    static Bytes withItems(Bytes response, UnaryOperator<List<CborItem>> change) {
        CborMap r = CborDecoder.strict().decode(response).asMap("r");
        CborMap doc = r.require("documents", "r").asArray("r").get(0, "r").asMap("d");
        CborMap issuerSigned = doc.require("issuerSigned", "d").asMap("i");
        CborArray items = issuerSigned.require("nameSpaces", "i").asMap("n")
                .require(MdocDocTypes.MDL_NAMESPACE, "n").asArray("a");
        List<CborItem> changed = change.apply(new ArrayList<>(items.items()));
        CborMap newIssuerSigned = CborMap.builder()
                .put("nameSpaces", CborMap.builder().put(MdocDocTypes.MDL_NAMESPACE, CborItem.array(changed)).build())
                .put("issuerAuth", issuerSigned.require("issuerAuth", "i")).build();
        CborMap.Builder newDoc = CborMap.builder();
        for (Map.Entry<CborItem, CborItem> e : doc.entries().entrySet()) {
            newDoc.put(e.getKey(), e.getKey().equals(CborItem.text("issuerSigned")) ? newIssuerSigned : e.getValue());
        }
        CborMap.Builder newResponse = CborMap.builder();
        for (Map.Entry<CborItem, CborItem> e : r.entries().entrySet()) {
            newResponse.put(e.getKey(), e.getKey().equals(CborItem.text("documents"))
                    ? CborItem.array(newDoc.build()) : e.getValue());
        }
        return newResponse.build().encoded();
    }

    @Test
    void theUnchangedResponseIsValid() {
        Setup s = valid();
        DocumentReport d = s.verify(s.response());
        assertTrue(d.isValid(), d.findings().toString());
        // Re-assembling without a change keeps it valid: the helper itself breaks nothing.
        assertTrue(s.verify(withItems(s.response(), items -> items)).isValid());
    }

    @Test
    void aRepeatedDigestIdIsRefused() {
        Setup s = valid();
        DocumentReport d = s.verify(withItems(s.response(), items -> {
            items.add(items.get(0));
            return items;
        }));
        assertTrue(d.has(MdocCode.DIGEST_ID_REPEATED), d.findings().toString());
        assertFalse(d.isValid());
    }

    @Test
    void anElementNotCoveredByTheMsoIsRefused() {
        Setup s = valid();
        DocumentReport d = s.verify(withItems(s.response(), items -> {
            IssuerSignedItem extra = IssuerSignedItem.create(9_999, Bytes.of(new byte[32]), "nationality",
                    CborItem.text("XX"));
            items.add(CborDecoder.strict().decode(extra.itemBytes()));
            return items;
        }));
        assertTrue(d.has(MdocCode.ELEMENT_NOT_IN_MSO), d.findings().toString());
        assertFalse(d.element(MdocDocTypes.MDL_NAMESPACE, "nationality").isPresent());
        assertFalse(d.isValid());
    }

    @Test
    void anItemWithAnotherValueUnderAnIssuedDigestIdFailsItsDigest() {
        Setup s = valid();
        DocumentReport d = s.verify(withItems(s.response(), items -> {
            IssuerSignedItem original = IssuerSignedItem.parse(items.get(0), "x");
            IssuerSignedItem forged = IssuerSignedItem.create(original.digestId(), original.random(),
                    original.elementIdentifier(), CborItem.text("SOMEONE ELSE"));
            items.set(0, CborDecoder.strict().decode(forged.itemBytes()));
            return items;
        }));
        assertTrue(d.has(MdocCode.DIGEST_MISMATCH), d.findings().toString());
        assertFalse(d.isValid());
    }

    /** The MSO's validity window (in seconds from now) or its document type do not fit the response. */
    @ParameterizedTest(name = "{3}")
    @CsvSource({
        "-5184000, -86400, org.iso.18013.5.1.mDL, MSO_EXPIRED",
        "86400, 2592000, org.iso.18013.5.1.mDL, MSO_NOT_YET_VALID",
        "-60, 2592000, io.residentid.resident.1, DOCTYPE_MISMATCH",
    })
    void anMsoThatDoesNotFitTheResponseIsRefused(long validFrom, long validUntil, String msoDocType,
            MdocCode expected) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Setup s = setup(now.plusSeconds(validFrom), now.plusSeconds(validUntil), msoDocType);
        DocumentReport d = s.verify(s.response());
        assertTrue(d.has(expected), d.findings().toString());
        assertFalse(d.isValid());
    }

    @Test
    void aResponseForAnotherSessionFailsDeviceAuthentication() {
        Setup s = valid();
        Setup other = new Setup(s.pki(), s.holder(), SessionTranscript.create(s.holder().startQrEngagement(),
                CborItem.embedded(s.readerKey().publicKey().toCbor()), null), s.readerKey(), s.request());
        DocumentReport d = other.verify(s.response()); // replayed into a new session
        assertTrue(d.has(MdocCode.DEVICE_MAC_INVALID), d.findings().toString());
        assertEquals(false, d.deviceAuthValid());
    }
}

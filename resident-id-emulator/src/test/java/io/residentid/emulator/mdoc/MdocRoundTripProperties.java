package io.residentid.emulator.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.ResidentPersona;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceAuthMethod;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.DocumentReport;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionTranscript;
import io.residentid.mdoc.transport.InMemoryTransport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MdocRoundTripProperties {
    private static final EmulatedPhone MAC_PHONE = EmulatedPhone.demo();
    private static final EmulatedPhone SIGNATURE_PHONE = EmulatedPhone.create(ResidentPersona.demo(),
            ConsentPolicy.withhold(Set.of("sponsor_name")), DeviceAuthMethod.SIGNATURE);
    private static final List<String> RESIDENT_ELEMENTS = List.copyOf(MdocPersonas.resident(ResidentPersona.demo())
            .get(MdocDocTypes.RESIDENT_NAMESPACE).keySet());

    @Provide
    Arbitrary<Set<String>> subsets() {
        return Arbitraries.of(RESIDENT_ELEMENTS).set().ofMinSize(1).ofMaxSize(RESIDENT_ELEMENTS.size());
    }

    static ItemsRequest request(Set<String> elements) {
        Map<String, Boolean> e = new LinkedHashMap<>();
        elements.forEach(id -> e.put(id, false));
        return new ItemsRequest(MdocDocTypes.RESIDENT, Map.of(MdocDocTypes.RESIDENT_NAMESPACE, e));
    }

    @Property(tries = 25)
    void issuePresentVerifyReturnsExactlyTheConsentedRequest(@ForAll("subsets") Set<String> asked,
                                                             @ForAll boolean signature) {
        EmulatedPhone phone = signature ? SIGNATURE_PHONE : MAC_PHONE;
        DeviceEngagement engagement = phone.holder().startQrEngagement();
        MdocReader reader = MdocReader.builder()
                .verifier(DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore()).build()).build();
        MdocReader.ReadResult r = reader.read(engagement, null, new InMemoryTransport(phone.holder()::handle),
                List.of(request(asked)));
        assertEquals(Verdict.VALID, r.report().verdict(), r.report().findings().toString());
        DocumentReport doc = r.report().documents().get(0);
        Set<String> expected = new TreeSet<>(asked);
        if (signature) {
            expected.remove("sponsor_name");
        }
        assertEquals(expected, new TreeSet<>(doc.elements().getOrDefault(MdocDocTypes.RESIDENT_NAMESPACE, Map.of())
                .keySet()));
        assertEquals(signature ? DeviceAuthMethod.SIGNATURE : DeviceAuthMethod.MAC, doc.deviceAuthMethod());
    }

    @Property(tries = 150)
    void randomMutationsNeverVerify(@ForAll boolean signature, @ForAll("positions") int position,
                                    @ForAll("values") int value) {
        EmulatedPhone phone = signature ? SIGNATURE_PHONE : MAC_PHONE;
        DeviceEngagement engagement = phone.holder().startQrEngagement();
        MdocKeyPair readerKey = MdocKeyPair.generate(CoseCurve.P_256);
        SessionTranscript transcript = SessionTranscript.create(engagement,
                CborItem.embedded(readerKey.publicKey().toCbor()), null);
        DeviceRequest request = DeviceRequest.builder().add(request(Set.copyOf(RESIDENT_ELEMENTS))).build();
        Bytes response = phone.holder().respond(request, transcript, readerKey.publicKey());
        VerificationInput input = new VerificationInput(transcript, Optional.of(readerKey), Optional.of(request),
                Instant.now());
        DeviceResponseVerifier verifier = DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore())
                .build();
        assertEquals(Verdict.VALID, verifier.verify(response, input).verdict());
        byte[] mutated = response.toByteArray();
        int at = position % mutated.length;
        mutated[at] = (byte) (mutated[at] == (byte) value ? value ^ 0x01 : value);
        MdocReport original = verifier.verify(response, input);
        try {
            MdocReport report = verifier.verify(Bytes.of(mutated), input);
            if (report.verdict() == Verdict.VALID) {
                // ISO/IEC 18013-5 leaves the document's "errors" map (why an element was not returned) outside
                // both signatures; a change there may verify, but never changes a verified element.
                int[] range = errorsRange(response);
                assertTrue(at >= range[0] && at < range[1], "mutation at " + at + " verified");
                assertEquals(original.documents().get(0).elements(), report.documents().get(0).elements());
            }
        } catch (MdocFormatException expected) {
            // unreadable is fine too
        }
    }

    /** The byte range of documents[0].errors in the encoded response ({0, 0} when there is none). */
    static int[] errorsRange(Bytes response) {
        io.residentid.mdoc.cbor.CborMap doc = io.residentid.mdoc.cbor.CborDecoder.strict().decode(response)
                .asMap("r").require("documents", "r").asArray("r").get(0, "r").asMap("d");
        Optional<CborItem> errors = doc.get("errors");
        if (errors.isEmpty()) {
            return new int[] {0, 0};
        }
        byte[] all = response.toByteArray();
        byte[] key = CborItem.text("errors").encoded().toByteArray();
        byte[] value = errors.get().encoded().toByteArray();
        byte[] needle = new byte[key.length + value.length];
        System.arraycopy(key, 0, needle, 0, key.length);
        System.arraycopy(value, 0, needle, key.length, value.length);
        for (int i = 0; i + needle.length <= all.length; i++) {
            if (java.util.Arrays.equals(all, i, i + needle.length, needle, 0, needle.length)) {
                return new int[] {i, i + needle.length};
            }
        }
        return new int[] {0, 0};
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<Integer> values() {
        return Arbitraries.integers().between(0, 255);
    }
}

package io.residentid.emulator.mdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Verdict;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionTranscript;
import io.residentid.emulator.ResidentPersona;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A BER variant of the genuine document-signer certificate must not verify. Bouncy Castle checks a certificate's
 * signature over the DER re-encoding of its contents, so writing the KeyUsage extension's {@code critical} BOOLEAN as
 * {@code 0xFE} instead of {@code 0xFF} changed the bytes without breaking the issuer's signature; the property
 * {@code MdocRoundTripProperties.randomMutationsNeverVerify} found it by chance.
 */
class BerCertificateInChainTest {

    /** OID 2.5.29.15 (keyUsage) followed by critical TRUE, as DER writes it. */
    private static final byte[] KEY_USAGE_CRITICAL = HexFormat.of().parseHex("0603551d0f0101ff");

    @Test
    void aCertificateWithANonDerBooleanInTheChainDoesNotVerify() {
        EmulatedPhone phone = EmulatedPhone.demo();
        DeviceEngagement engagement = phone.holder().startQrEngagement();
        MdocKeyPair readerKey = MdocKeyPair.generate(CoseCurve.P_256);
        SessionTranscript transcript = SessionTranscript.create(engagement,
                CborItem.embedded(readerKey.publicKey().toCbor()), null);
        DeviceRequest request = DeviceRequest.builder().add(MdocRoundTripProperties.request(Set.copyOf(
                MdocPersonas.resident(ResidentPersona.demo()).get(MdocDocTypes.RESIDENT_NAMESPACE).keySet())))
                .build();
        Bytes response = phone.holder().respond(request, transcript, readerKey.publicKey());
        VerificationInput input = new VerificationInput(transcript, Optional.of(readerKey), Optional.of(request),
                Instant.now());
        DeviceResponseVerifier verifier = DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore())
                .build();
        assertEquals(Verdict.VALID, verifier.verify(response, input).verdict());

        byte[] mutated = response.toByteArray();
        int at = indexOf(mutated, KEY_USAGE_CRITICAL);
        assertTrue(at > 0, "the signer certificate's keyUsage extension is in the response");
        mutated[at + KEY_USAGE_CRITICAL.length - 1] = (byte) 0xFE; // still TRUE in BER, not DER

        assertNotEquals(Verdict.VALID, verifier.verify(Bytes.of(mutated), input).verdict());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}

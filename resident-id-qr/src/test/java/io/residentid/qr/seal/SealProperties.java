package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.residentid.core.report.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Encode → decode round trips, and random mutations of signed seals never verify. */
class SealProperties {

    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    private static final SealVerifier VERIFIER = SealVerifier.builder().certificate(SealTestPki.p256().signer)
            .build();

    @Provide
    Arbitrary<String> c40Text() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ").ofMinLength(0)
                .ofMaxLength(120);
    }

    @Provide
    Arbitrary<String> documentNumber() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(9);
    }

    @Property
    void c40EncodeThenDecodeGivesTheTextBack(@ForAll("c40Text") String text) {
        byte[] encoded = C40.encode(text);
        assertEquals(C40.encodedLength(text.length()), encoded.length);
        assertEquals(text, C40.decode(encoded, 0, encoded.length));
    }

    @Property(tries = 60)
    void anIssuedSealDecodesToItsFeaturesAndVerifies(@ForAll("documentNumber") String sheet,
                                                     @ForAll @StringLength(min = 1, max = 90) String surname,
                                                     @ForAll @IntRange(min = 1900, max = 2099) int year) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("SOCIAL_INSURANCE_NUMBER", sheet.substring(0, 9) + "J00");
        f.put("SURNAME", surname);
        f.put("FIRST_NAME", "Oscar");
        SealIssuer issuer = SealTestPki.p256().issuer();
        byte[] utf8 = surname.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length > 90 || !java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(surname)) {
            return;
        }
        LocalDate issued = LocalDate.of(year, 2, 28);
        Seal seal = SealDecoder.standard().decode(issuer.issueVds("SOCIAL_INSURANCE_CARD", f, issued));
        assertEquals(surname, seal.feature("SURNAME").orElseThrow().text());
        assertEquals(f.get("SOCIAL_INSURANCE_NUMBER"), seal.feature("SOCIAL_INSURANCE_NUMBER").orElseThrow().text());
        assertEquals(issued, seal.issueDate().orElseThrow());
        assertEquals(SignatureStatus.VALID, VERIFIER.verify(seal, AT).signature());
    }

    @Property(tries = 60)
    void anIssuedIdbDecodesToItsFeaturesAndVerifies(@ForAll("documentNumber") String reference,
                                                    @ForAll boolean compress) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("DOCUMENT_REFERENCE", reference);
        f.put("AZR", "ABC123456DEF");
        String text = SealTestPki.p256().issuer().issueIdb("CERTIFYING_PERMANENT_RESIDENCE", f,
                LocalDate.of(2026, 2, 11), compress);
        Seal seal = SealDecoder.standard().decodeText(text);
        assertEquals(reference, seal.feature("DOCUMENT_REFERENCE").orElseThrow().text());
        assertEquals("CERTIFYING_PERMANENT_RESIDENCE", seal.documentType());
        assertEquals(SignatureStatus.VALID, VERIFIER.verify(seal, AT).signature());
    }

    private static final byte[] SIGNED = SealTestPki.p256().issuer().issueVds("RESIDENCE_PERMIT",
            SealIssuerTest.permit(), LocalDate.of(2026, 3, 1));

    @Property(tries = 400)
    void aRandomMutationOfASignedSealNeverVerifies(@ForAll @IntRange(min = 0, max = 10_000) int position,
                                                   @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] mutated = SIGNED.clone();
        int at = position % mutated.length;
        mutated[at] ^= (byte) xor;
        Seal seal;
        try {
            seal = SealDecoder.standard().decode(mutated);
        } catch (SealException e) {
            return; // a coded error is a fine outcome
        }
        SealReport report = VERIFIER.verify(seal, AT);
        assertNotEquals(SignatureStatus.VALID, report.signature(), "mutation at " + at);
        assertNotEquals(Verdict.VALID, report.verdict());
    }
}

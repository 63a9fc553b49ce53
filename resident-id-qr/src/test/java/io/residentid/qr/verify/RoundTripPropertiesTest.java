package io.residentid.qr.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.DocumentType;
import io.residentid.core.model.Nationality;
import io.residentid.core.model.Sex;
import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.EccLevel;
import io.residentid.qr.format.QrText;
import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Person;
import io.residentid.qr.format.StatusReference;
import io.residentid.qr.image.QrImageDecoder;
import io.residentid.qr.image.QrRenderer;
import io.residentid.qr.image.ScannedCode;
import io.residentid.qr.issue.IssuedCredential;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.trust.SigningKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RoundTripPropertiesTest {

    // Generous limit: the shared build machine can be heavily loaded; the limit itself is tested separately.
    private static final QrImageDecoder DECODER = QrImageDecoder.builder().timeout(Duration.ofSeconds(30)).build();
    private static final IssuedCredential REFERENCE = Fixtures.reference();

    /** An ES256 and an EdDSA key per country: a kid is unique in a trust list. */
    private static final java.util.Map<io.residentid.core.model.IssuingCountry, SigningKey[]> KEYS = keys();

    private static java.util.Map<io.residentid.core.model.IssuingCountry, SigningKey[]> keys() {
        java.util.Map<io.residentid.core.model.IssuingCountry, SigningKey[]> keys =
                new java.util.EnumMap<>(io.residentid.core.model.IssuingCountry.class);
        for (io.residentid.core.model.IssuingCountry c : io.residentid.core.model.IssuingCountry.values()) {
            keys.put(c, c == io.residentid.core.model.IssuingCountry.OMAN
                    ? new SigningKey[] {Fixtures.ES256_KEY, Fixtures.EDDSA_KEY}
                    : new SigningKey[] {SigningKey.generate(io.residentid.qr.format.SignatureAlgorithm.ES256),
                            SigningKey.generate(io.residentid.qr.format.SignatureAlgorithm.EDDSA)});
        }
        return keys;
    }

    private static SigningKey keyFor(CredentialClaims claims, boolean eddsa) {
        return KEYS.get(claims.document().issuingCountry())[eddsa ? 1 : 0];
    }

    private static final CredentialVerifier VERIFIER = CredentialVerifier.builder(allCountries()).build();

    /** One issuer per country (issuers are trusted for their own country only), each with its own keys. */
    private static io.residentid.qr.trust.TrustList allCountries() {
        try {
            List<io.residentid.qr.trust.TrustedIssuer> issuers = new java.util.ArrayList<>();
            for (io.residentid.core.model.IssuingCountry c : io.residentid.core.model.IssuingCountry.values()) {
                issuers.add(io.residentid.qr.trust.TrustedIssuer.builder(issuerFor(c), c)
                        .key(KEYS.get(c)[0].issuerKey()).key(KEYS.get(c)[1].issuerKey()).build());
            }
            return io.residentid.qr.trust.TrustList.of(issuers);
        } catch (io.residentid.qr.trust.TrustListException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String issuerFor(io.residentid.core.model.IssuingCountry c) {
        return c == io.residentid.core.model.IssuingCountry.OMAN ? Fixtures.ISS
                : "https://id." + c.alpha2().toLowerCase(java.util.Locale.ROOT) + ".example";
    }

    @Provide
    Arbitrary<CredentialClaims> claims() {
        Arbitrary<String> id = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> latin = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> free = Arbitraries.strings().withChars("abcdefghij XYZ-&.\u0639\u0645\u0644").ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(s -> !s.isEmpty()).injectNull(0.3);
        Arbitrary<DocumentType> type = Arbitraries.of(DocumentType.class);
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 80_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        Arbitrary<Nationality> nat = Arbitraries.of("IND", "PAK", "EGY", "PHL", "OMN", "SAU", "GBR", "XXA").map(Nationality::of);
        Arbitrary<StatusReference> status = Arbitraries.integers().between(0, Integer.MAX_VALUE)
                .map(i -> new StatusReference(i, "https://status.example/" + (i % 7))).injectNull(0.3);
        // Arabic given names may be empty or hold a space; the surname is one word or, as "al X", two.
        Arbitrary<String> arabicGiven = Combinators.combine(arabic, arabic).as((a, b) -> a + " " + b).injectNull(0.2);
        Arbitrary<String> arabicSurname = Combinators.combine(arabic, Arbitraries.of(true, false))
                .as((a, al) -> al ? "\u0622\u0644 " + a : a);
        Arbitrary<String[]> arabicName = Combinators.combine(arabicGiven, arabicSurname)
                .as((g, sn) -> new String[] {g == null ? sn : g + " " + sn, sn});
        Arbitrary<IdentityDocument> doc = Combinators.combine(type, id, id, latin, latin, nat, date, date).as(
                (t, d, p, sn, gn, n, dob, expiry) -> new IdentityDocument(t, d, p, t.country(), null, null, expiry,
                        new Person(sn, gn, null, Sex.FEMALE, n, dob, null, null, null, List.of())));
        return Combinators.combine(doc, arabicName, Arbitraries.of(Sex.class), free, free, status).as(
                (r, an, sex, emp, occ, st) -> {
                    Person h = r.holder();
                    Person holder = new Person(h.primaryIdentifier(), h.secondaryIdentifier(), an[0], sex,
                            h.nationality(), h.dateOfBirth(), null, occ, emp, List.of());
                    return new CredentialClaims(issuerFor(r.issuingCountry()), Fixtures.NBF, Fixtures.NBF,
                            Fixtures.EXP, r.toBuilder().holder(holder).build(), an[1], st);
                });
    }

    @Property(tries = 12)
    void issueRenderDecodeVerifyRoundTrips(@ForAll("claims") CredentialClaims claims, @ForAll EccLevel level,
                                           @ForAll boolean eddsa) throws Exception {
        IssuedCredential credential = Fixtures.issue(keyFor(claims, eddsa), claims);
        byte[] png = QrRenderer.builder().level(level).moduleSize(3).build().png(credential.qrText());
        List<ScannedCode> codes = DECODER.decode(png);
        assertEquals(1, codes.size());
        VerificationReport report = VERIFIER.verify(codes.get(0).text(), Fixtures.AT, codes.get(0).level());
        assertTrue(report.valid(), report.toString());
        assertEquals(claims, report.claims().orElseThrow());
    }

    @Property(tries = 300)
    void issueVerifyRoundTripsWithoutImages(@ForAll("claims") CredentialClaims claims) {
        VerificationReport report = VERIFIER.verify(Fixtures.issue(keyFor(claims, false), claims).qrText(), Fixtures.AT);
        assertTrue(report.valid(), report.toString());
        assertEquals(claims, report.claims().orElseThrow());
        assertEquals(claims.document(), report.document().orElseThrow(), "the verified model equals the issued one");
        assertEquals(claims.arabicGivenNames(), report.claims().orElseThrow().arabicGivenNames());
    }

    @Property(tries = 1000)
    void mutatedTextNeverVerifies(@ForAll @IntRange(min = 5, max = 10_000) int position,
                                  @ForAll @IntRange(min = 0, max = 9) int digit,
                                  @ForAll @IntRange(min = 0, max = 3) int kind) {
        String text = REFERENCE.qrText();
        int p = QrText.PREFIX.length() + position % (text.length() - QrText.PREFIX.length());
        String mutated;
        switch (kind) {
            case 0:
                char replacement = (char) ('0' + digit);
                if (text.charAt(p) == replacement) {
                    replacement = (char) ('0' + (digit + 1) % 10);
                }
                mutated = text.substring(0, p) + replacement + text.substring(p + 1);
                break;
            case 1:
                mutated = text.substring(0, p) + text.substring(p + 1);
                break;
            case 2:
                mutated = text.substring(0, p) + digit + text.substring(p);
                break;
            default:
                mutated = text.substring(0, p) + digit + digit + text.substring(p);
                break;
        }
        VerificationReport report = VERIFIER.verify(mutated, Fixtures.AT);
        assertFalse(report.valid(), "mutation verified: kind " + kind + " at " + p);
        assertEquals(1, report.failureCodes().size());
    }

    @Property(tries = 500)
    void arbitraryTextNeverThrows(@ForAll String text) {
        assertFalse(VERIFIER.verify(text, Fixtures.AT).valid());
        assertFalse(VERIFIER.verify(QrText.PREFIX + text, Fixtures.AT).valid());
    }
}

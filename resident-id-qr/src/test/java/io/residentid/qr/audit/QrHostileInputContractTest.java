package io.residentid.qr.audit;

import io.residentid.qr.internal.CompactJws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.residentid.core.audit.ContractChecks;
import io.residentid.qr.format.ClaimsCodec;
import io.residentid.qr.format.CredentialFormatException;
import io.residentid.qr.format.QrText;
import io.residentid.qr.status.StatusList;
import io.residentid.qr.status.StatusListException;
import io.residentid.qr.status.StatusListToken;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import io.residentid.qr.verify.CredentialVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The public text parsers of qr and the verifier, fed null, empty, random and truncated input: parsers may only
 * fail with their documented checked exception, the verifier never throws (it reports).
 */
class QrHostileInputContractTest {

    private static final CredentialVerifier VERIFIER = CredentialVerifier.builder(Fixtures.trustList()).build();

    /** A parser call that may throw its documented checked exception. */
    private interface Call {
        void apply(String input) throws Exception;
    }

    /** A public entry point and the only exception type it may throw ({@code null}: none). */
    private record Entry(String name, Class<? extends Exception> allowed, Call call) {
        void check(String input) {
            try {
                call.apply(input);
            } catch (Exception e) {
                if (allowed == null || !allowed.isInstance(e)) {
                    fail(name + " threw " + e.getClass().getName() + " for "
                            + (input == null ? "null" : input.length() + " chars"), e);
                }
            }
        }
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("QrText.decode", CredentialFormatException.class, QrText::decode),
            new Entry("CompactJws.parse", CredentialFormatException.class, CompactJws::parse),
            new Entry("ClaimsCodec.decode", CredentialFormatException.class, s -> ClaimsCodec.decode(bytes(s))),
            new Entry("CompactJws.parse(trust list profile)", CredentialFormatException.class,
                    s -> CompactJws.parse(s, CompactJws.Profile.typed("rid-trust-list+jws", 1 << 20))),
            new Entry("TrustList.parseSigned", TrustListException.class,
                    s -> TrustList.parseSigned(s, Fixtures.ES256_KEY.issuerKey())),
            new Entry("StatusListToken.parse", StatusListException.class,
                    s -> StatusListToken.parse(s, Fixtures.trustList().issuers().get(0), 4096)),
            new Entry("StatusList.decode", StatusListException.class, s -> StatusList.decode(1, s, 4096)),
            new Entry("SigningKey.parse", TrustListException.class, SigningKey::parse),
            new Entry("TrustList.parse", TrustListException.class, s -> TrustList.parse(bytes(s))),
            new Entry("CredentialVerifier.verify", null, s -> assertNotNull(VERIFIER.verify(s))));

    /** Known failures in code this audit may not edit; see /work/notes/audit.md. Must shrink, never grow. */
    private static final List<String> KNOWN_NULL_FAILURES = List.of();

    private static void checkAll(String input) {
        ENTRIES.forEach(e -> e.check(input));
    }

    @Test
    void nullFailsOnlyWithDocumentedExceptions() {
        assertEquals(KNOWN_NULL_FAILURES, ContractChecks.failingNames(ENTRIES, Entry::name, e -> e.check(null)));
    }

    @Test
    void emptyAndOddInputFailOnlyWithDocumentedExceptions() {
        for (String s : List.of("", " ", "\u0000", "rid:/", "rid:/1", "a.b.c", "..", "{}", "[]", "{\"a\":{\"a\":1}}",
                "eyJ.eyJ.AA", "{" .repeat(5000))) {
            checkAll(s);
        }
    }

    @Property(tries = 300)
    void randomTextFailsOnlyWithDocumentedExceptions(@ForAll @StringLength(max = 400) String text) {
        checkAll(text);
    }

    @Property(tries = 300)
    void truncatedAndMutatedValidInputFailsOnlyWithDocumentedExceptions(@ForAll("mutatedSeeds") String text) {
        checkAll(text);
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        var issued = Fixtures.reference();
        List<String> seeds = List.of(issued.qrText(), issued.jws(),
                "{\"iss\":\"" + Fixtures.ISS + "\",\"nbf\":1,\"exp\":2,\"rid\":{}}");
        return Arbitraries.of(seeds).flatMap(seed -> Arbitraries.integers().between(0, seed.length())
                .flatMap(cut -> Arbitraries.strings().ofMaxLength(3).map(noise -> seed.substring(0, cut) + noise)));
    }
}

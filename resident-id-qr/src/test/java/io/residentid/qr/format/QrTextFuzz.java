package io.residentid.qr.format;

import io.residentid.qr.internal.RawDeflate;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.testing.Forge;
import io.residentid.qr.testing.Fuzzing;
import io.residentid.qr.verify.CredentialVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target for QR text and claims: mutated QR texts through {@link QrText} and the whole verifier, and mutated
 * claims JSON signed with the real issuer key (so mutations reach the claims reader behind the signature). Contract:
 * {@code QrText} throws only {@link CredentialFormatException}, {@code ClaimsCodec.decode} likewise, and
 * {@link CredentialVerifier#verify} never throws; each input in under a second.
 */
class QrTextFuzz {

    private static final CredentialVerifier VERIFIER = CredentialVerifier.builder(Fixtures.trustList()).build();

    private static List<String> textSeeds() {
        List<String> seeds = new ArrayList<>();
        seeds.add(Fixtures.reference().qrText());
        seeds.add(Fixtures.issue(Fixtures.EDDSA_KEY, Fixtures.referenceClaims()).qrText());
        Fuzzing.corpus("qr-text").forEach(b -> seeds.add(new String(b, StandardCharsets.UTF_8)));
        return seeds;
    }

    private static List<byte[]> claimSeeds() {
        List<byte[]> seeds = new ArrayList<>(Fuzzing.corpus("claims"));
        seeds.add(ClaimsCodec.encode(Fixtures.referenceClaims()));
        return seeds;
    }

    private static void checkText(String text) {
        Fuzzing.check("QrText.decode", () -> QrText.decode(text), CredentialFormatException.class);
        Fuzzing.check("CredentialVerifier.verify", () -> VERIFIER.verify(text, Fixtures.AT));
    }

    private static void checkSignedClaims(byte[] claims) {
        Fuzzing.check("ClaimsCodec.decode", () -> ClaimsCodec.decode(claims), CredentialFormatException.class);
        String text = Forge.text(Forge.header(Fixtures.ES256_KEY), RawDeflate.deflate(claims), Fixtures.ES256_KEY::sign);
        Fuzzing.check("CredentialVerifier.verify(signed claims)", () -> VERIFIER.verify(text, Fixtures.AT));
    }

    @Example
    void corpusReplays() {
        textSeeds().forEach(QrTextFuzz::checkText);
        claimSeeds().forEach(QrTextFuzz::checkSignedClaims);
    }

    @Property(tries = 300)
    void mutatedQrTextOnlyFailsAsDocumented(@ForAll("texts") String text) {
        Fuzzing.campaign(text.getBytes(StandardCharsets.UTF_8), b -> checkText(new String(b, StandardCharsets.UTF_8)));
    }

    @Property(tries = 200)
    void mutatedSignedClaimsOnlyFailAsDocumented(@ForAll("claims") byte[] claims) {
        Fuzzing.campaign(claims, QrTextFuzz::checkSignedClaims);
    }

    @Provide
    Arbitrary<String> texts() {
        return Fuzzing.mutantStrings(textSeeds());
    }

    @Provide
    Arbitrary<byte[]> claims() {
        return Fuzzing.mutants(claimSeeds());
    }
}

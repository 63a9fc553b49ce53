package io.residentid.mdoc;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Verdict;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.CoseSign1;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.MobileSecurityObject;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionEncryption;
import io.residentid.mdoc.session.SessionTranscript;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz target: mutations (byte flips, truncations, insertions) of the Annex D corpus through every parser and the
 * response verifier. Only {@link MdocFormatException} may escape, each input takes under a second, and a mutated
 * DeviceResponse never verifies.
 */
class MdocFuzz {
    private static final String[] CORPUS = {"DEVICE_ENGAGEMENT", "SESSION_TRANSCRIPT_BYTES", "DEVICE_REQUEST",
        "SESSION_ESTABLISHMENT", "SESSION_DATA", "DEVICE_RESPONSE", "ITEMS_REQUEST", "READER_AUTH"};
    private static final DeviceResponseVerifier VERIFIER = DeviceResponseVerifier.builder()
            .trustStore(TrustStore.of(List.of(Certificates.parseDer(AnnexD.certificate("utopia-iaca")
                    .toByteArray())))).build();
    private static final VerificationInput INPUT = VerificationInput
            .of(SessionTranscript.parse(AnnexD.vector("SESSION_TRANSCRIPT_BYTES")))
            .withReaderKey(MdocKeyPair.ofPrivateScalar(CoseCurve.P_256,
                    AnnexD.vector("EPHEMERAL_READER_KEY_D").toByteArray()))
            .at(Instant.parse("2020-10-01T13:30:02Z"));

    static {
        // Warm up class loading and the JIT once, so the per-input bound measures the input, not the JVM.
        for (int i = 0; i < 5; i++) {
            for (String seed : CORPUS) {
                try {
                    VERIFIER.verify(Bytes.of(apply(new Mutation(seed, 0, 1173 + i * 97, 21, 1))), INPUT);
                } catch (MdocFormatException expected) {
                    // fine
                }
            }
        }
    }

    record Mutation(String seed, int kind, int position, int value, int length) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(CORPUS), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(1, 16)).as(Mutation::new);
    }

    static byte[] apply(Mutation m) {
        byte[] seed = AnnexD.vector(m.seed()).toByteArray();
        int pos = m.position() % seed.length;
        switch (m.kind()) {
            case 0: { // flip one byte
                byte[] b = seed.clone();
                b[pos] = (byte) (b[pos] == (byte) m.value() ? m.value() ^ 1 : m.value());
                return b;
            }
            case 1: // truncate
                return java.util.Arrays.copyOf(seed, pos);
            case 2: { // insert bytes
                byte[] b = new byte[seed.length + m.length()];
                System.arraycopy(seed, 0, b, 0, pos);
                java.util.Arrays.fill(b, pos, pos + m.length(), (byte) m.value());
                System.arraycopy(seed, pos, b, pos + m.length(), seed.length - pos);
                return b;
            }
            default: { // overwrite a run with a length head (huge lengths, indefinite markers)
                byte[] b = seed.clone();
                for (int i = pos; i < Math.min(b.length, pos + m.length()); i++) {
                    b[i] = (byte) (i == pos ? (m.value() | 0x1b) : 0xff);
                }
                return b;
            }
        }
    }

    @Property(tries = 200)
    void mutatedInputOnlyFailsTheDocumentedWay(@ForAll("mutations") Mutation m) {
        byte[] data = apply(m);
        Bytes bytes = Bytes.of(data);
        long start = System.nanoTime();
        run(() -> CborDecoder.strict().decode(data));
        run(() -> DeviceEngagement.parse(bytes));
        run(() -> SessionTranscript.parse(bytes));
        run(() -> DeviceRequest.parse(bytes).docRequests().forEach(r -> r.verifyReaderAuth(INPUT
                .sessionTranscript())));
        run(() -> SessionEncryption.Establishment.parse(bytes));
        run(() -> MobileSecurityObject.parseBytes(bytes));
        run(() -> CoseSign1.parse(CborDecoder.strict().decode(data), "x").x5chain("x"));
        run(() -> {
            MdocReport report = VERIFIER.verify(bytes, INPUT);
            if (m.seed().equals("DEVICE_RESPONSE")) {
                assertNotEquals(Verdict.VALID, report.verdict(), m.toString());
            }
        });
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "slow input " + m);
    }

    private static void run(Runnable r) {
        try {
            r.run();
        } catch (MdocFormatException expected) {
            // the documented exception
        }
    }
}

package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Garbage, truncated, mutated and oversized inputs give {@link PkiException} or a report, nothing else. */
class HostileInputTest {

    static final byte[] CERT = encoded();
    static final byte[] SOD = CmsVerifier.unwrapEfSod(IcaoSamplesTest.resource("loes2006/ef011D.bin"));
    static final byte[] CRL = crlBytes();
    static final byte[] SPKI = TestPki.p256().getPublic().getEncoded();

    static byte[] encoded() {
        try {
            return CertificatePathValidatorTest.LEAF.certificate().getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] crlBytes() {
        try {
            return TestPki.crl(CertificatePathValidatorTest.CA, TestPki.NOW, null).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Parser {
        void parse(byte[] data);
    }

    static void onlyPkiException(Parser parser, byte[] data) {
        try {
            parser.parse(data);
        } catch (PkiException expected) {
            // the documented failure
        }
    }

    static final Parser[] PARSERS = {
        Certificates::parseAll,
        Crls::parseAll,
        d -> CmsVerifier.builder().build().verify(d, Instant.EPOCH),
        CmsVerifier::unwrapEfSod,
        LdsSecurityObject::parse,
        MasterList::parse,
        OcspResponses::parse,
        RawSignatures::publicKey,
    };

    @Property(tries = 300)
    void garbageNeverEscapesAsAnotherException(@ForAll @Size(max = 600) byte[] data,
                                               @ForAll @IntRange(max = 7) int parser) {
        onlyPkiException(PARSERS[parser], data);
    }

    @Provide
    Arbitrary<byte[]> seeds() {
        return Arbitraries.of(CERT, SOD, CRL, SPKI);
    }

    @Property(tries = 300)
    void truncatedAndMutatedInputsOnlyFailWithPkiException(@ForAll("seeds") byte[] seed,
                                                           @ForAll @IntRange(max = 100_000) int cut,
                                                           @ForAll @IntRange(max = 100_000) int flip,
                                                           @ForAll @IntRange(max = 7) int parser) {
        byte[] truncated = Arrays.copyOf(seed, cut % (seed.length + 1));
        onlyPkiException(PARSERS[parser], truncated);
        byte[] mutated = seed.clone();
        mutated[flip % mutated.length] ^= (byte) (1 + flip % 255);
        onlyPkiException(PARSERS[parser], mutated);
    }

    @Test
    void oversizedInputsAreRejectedBeforeParsing() {
        assertThrows(PkiException.class, () -> Certificates.parseDer(new byte[Certificates.MAX_CERTIFICATE_BYTES + 1]));
        assertThrows(PkiException.class, () -> Crls.parseDer(new byte[Crls.MAX_CRL_BYTES + 1]));
        assertThrows(PkiException.class,
                () -> CmsVerifier.builder().build().verify(new byte[CmsVerifier.DEFAULT_MAX_BYTES + 1], Instant.EPOCH));
    }

    @Test
    void hugeDeclaredLengthsDoNotAllocate() {
        byte[] lie = {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x02, 0x01, 0x01};
        for (Parser parser : PARSERS) {
            onlyPkiException(parser, lie);
        }
        byte[] deep = new byte[20_000];
        for (int i = 0; i < deep.length; i += 2) {
            deep[i] = 0x30;
            deep[i + 1] = (byte) 0x80;
        }
        for (Parser parser : PARSERS) {
            onlyPkiException(parser, deep);
        }
    }
}

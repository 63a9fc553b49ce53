package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.bouncycastle.cert.X509CertificateHolder;

/** Round trips: any PEM bundle of certificates, with text between the blocks, parses back to the same list. */
class CertificatesPropertiesTest {

    static final List<X509CertificateHolder> POOL = List.of(
            CertificatePathValidatorTest.ROOT.certificate(),
            CertificatePathValidatorTest.CA.certificate(),
            CertificatePathValidatorTest.LEAF.certificate());

    @Property(tries = 200)
    void pemBundlesRoundTrip(@ForAll @Size(min = 1, max = 8) List<@IntRange(max = 2) Integer> picks,
                             @ForAll @StringLength(max = 40) String noise) throws Exception {
        String filler = "0" + noise.replace("-", ""); // text may start with '0' (0x30, a DER SEQUENCE tag)
        StringBuilder pem = new StringBuilder(filler).append('\n');
        List<X509CertificateHolder> expected = new ArrayList<>();
        for (int pick : picks) {
            X509CertificateHolder cert = POOL.get(pick);
            expected.add(cert);
            pem.append(TrustStoreTest.pem(cert)).append(filler).append('\n');
        }
        List<X509CertificateHolder> parsed = Certificates.parseAll(pem.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, parsed);
    }

    @Property(tries = 100)
    void derRoundTrips(@ForAll @IntRange(max = 2) int pick) throws Exception {
        X509CertificateHolder cert = POOL.get(pick);
        assertEquals(cert, Certificates.parse(cert.getEncoded()));
    }
}

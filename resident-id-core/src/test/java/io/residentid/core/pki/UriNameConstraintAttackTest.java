package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 item 11: an excluded URI subtree {@code evil.com} was bypassed by SAN URIs whose host
 * {@link java.net.URI#getHost()} misreads; IPv4-mapped IPv6 addresses escaped IPv4 constraints.
 */
class UriNameConstraintAttackTest {

    private static final TestPki.Issued ROOT = TestPki.root("NC Root", TestPki.p256());

    private static GeneralSubtree[] subtrees(GeneralName... names) {
        GeneralSubtree[] out = new GeneralSubtree[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = new GeneralSubtree(names[i]);
        }
        return out;
    }

    private static ValidationReport validate(NameConstraints constraints, GeneralName... leafNames) {
        try {
            TestPki.Issued ca = new TestPki.Builder("NC CA", TestPki.p256()).ca(null).issuedBy(ROOT)
                    .extension(new Extension(Extension.nameConstraints, true,
                            new DEROctetString(constraints.getEncoded())))
                    .build();
            TestPki.Issued leaf = new TestPki.Builder("NC Leaf", TestPki.p256())
                    .keyUsage(KeyUsage.digitalSignature).issuedBy(ca)
                    .extension(new Extension(Extension.subjectAlternativeName, false,
                            new DEROctetString(new GeneralNames(leafNames).getEncoded())))
                    .build();
            return CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(ROOT.certificate())))
                    .build().validate(leaf.certificate(), List.of(ca.certificate()), NOW);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidationReport withExcludedUri(String excluded, String sanUri) {
        return validate(new NameConstraints(null,
                        subtrees(new GeneralName(GeneralName.uniformResourceIdentifier, excluded))),
                new GeneralName(GeneralName.uniformResourceIdentifier, sanUri));
    }

    private static ValidationReport withPermittedUri(String permitted, String sanUri) {
        return validate(new NameConstraints(
                        subtrees(new GeneralName(GeneralName.uniformResourceIdentifier, permitted)), null),
                new GeneralName(GeneralName.uniformResourceIdentifier, sanUri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.com./", "https://a_b.evil.com/", "https://%65vil.com/", "evil.com",
            "https://EVIL.com/", "https://user@evil.com:443/x", "https://%45%56%49%4C.COM./", "https://evil.com%2e/",
            "https://[::1]/", "https://a@b@evil.com/", "https:evil.com", "https://evil.com:x/", "https://%zz.com/"})
    void excludedUriHostCannotBeSmuggledPast(String sanUri) {
        ValidationReport report = withExcludedUri("evil.com", sanUri);
        assertEquals(Verdict.INVALID, report.verdict(), sanUri);
        assertTrue(report.has(PathCode.NAME_CONSTRAINT_VIOLATION), report.findings().toString());
    }

    @Test
    void excludedDomainCatchesDecodedSubdomains() {
        ValidationReport report = withExcludedUri(".evil.com", "https://www.%65vil.com./login");
        assertTrue(report.has(PathCode.NAME_CONSTRAINT_VIOLATION), report.findings().toString());
    }

    @Test
    void otherHostsStayValidUnderAnExclusion() {
        ValidationReport report = withExcludedUri("evil.com", "https://good.com/evil.com");
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        assertEquals(Verdict.VALID,
                withExcludedUri("evil.com", "https://evil.com@good.com/").verdict());
    }

    @Test
    void permittedUriHostIsNormalisedBeforeMatching() {
        assertEquals(Verdict.VALID,
                withPermittedUri(".good.com", "HTTPS://WWW.Good.COM.:8443/path?q#f").verdict());
        assertEquals(Verdict.VALID,
                withPermittedUri("good.com", "https://g%6Fod.com/").verdict());
    }

    @Test
    void uriWithoutDeterminableHostViolatesAPermittedSubtreeToo() {
        ValidationReport report = withPermittedUri(".good.com", "urn:good.com:x");
        assertTrue(report.has(PathCode.NAME_CONSTRAINT_VIOLATION), report.findings().toString());
    }

    @Test
    void ipv4MappedIpv6AddressIsMatchedAgainstExcludedIpv4Subtree() {
        byte[] tenSlashEight = {10, 0, 0, 0, (byte) 255, 0, 0, 0};
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[13] = 1;
        mapped[14] = 2;
        mapped[15] = 3;
        ValidationReport report = validate(new NameConstraints(null,
                        subtrees(new GeneralName(GeneralName.iPAddress, new DEROctetString(tenSlashEight)))),
                new GeneralName(GeneralName.iPAddress, new DEROctetString(mapped)));
        assertTrue(report.has(PathCode.NAME_CONSTRAINT_VIOLATION), report.findings().toString());
    }

    @Test
    void ipv4MappedIpv6AddressIsPermittedByItsIpv4Subtree() {
        byte[] tenSlashEight = {10, 0, 0, 0, (byte) 255, 0, 0, 0};
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 9, 9, 9};
        byte[] outside = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 11, 9, 9, 9};
        NameConstraints permitted = new NameConstraints(
                subtrees(new GeneralName(GeneralName.iPAddress, new DEROctetString(tenSlashEight))), null);
        assertEquals(Verdict.VALID,
                validate(permitted, new GeneralName(GeneralName.iPAddress, new DEROctetString(mapped))).verdict());
        assertTrue(validate(permitted, new GeneralName(GeneralName.iPAddress, new DEROctetString(outside)))
                .has(PathCode.NAME_CONSTRAINT_VIOLATION));
    }

    @Test
    void hostExtractionFollowsRfc3986() {
        assertEquals("evil.com", UriHost.of("https://evil.com./"));
        assertEquals("evil.com", UriHost.of("https://%65vil.com/"));
        assertEquals("evil.com", UriHost.of("ldap://u:p@EVIL.COM:389/cn=x"));
        assertEquals("good.com", UriHost.of("https://evil.com@good.com/"));
        assertNull(UriHost.of("evil.com"));
        assertNull(UriHost.of("https://a_b.evil.com/"));
        assertNull(UriHost.of("https://10.0.0.1/"));
        assertNull(UriHost.of("https://[::ffff:10.0.0.1]/"));
        assertNull(UriHost.of("https://evil.com../"));
        assertNull(UriHost.of("https://%C0%AE.com/"));
        assertNull(UriHost.of("mailto:a@evil.com"));
    }
}

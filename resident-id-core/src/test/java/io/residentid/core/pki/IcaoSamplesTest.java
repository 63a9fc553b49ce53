package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class IcaoSamplesTest {

    static final String LDS_SECURITY_OBJECT = "2.23.136.1.1.1";

    static byte[] resource(String name) {
        try (InputStream in = IcaoSamplesTest.class.getResourceAsStream("/pki/icao/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static CmsReport verifySod(String name, Instant at) {
        return CmsVerifier.builder().build().verify(CmsVerifier.unwrapEfSod(resource(name)), at);
    }

    @Test
    void bsi2008SodSignatureVerifiesOnExplicitCurveAndDataGroupHashesMatch() {
        CmsReport report = verifySod("bsi2008/EF_SOD.bin", Instant.parse("2008-06-01T00:00:00Z"));
        assertTrue(report.signatureValid(), report.findings().toString());
        assertEquals(LDS_SECURITY_OBJECT, report.contentType());
        assertTrue(report.has(PathCode.WEAK_ALGORITHM), "SHA-1 must be reported as a warning");
        assertEquals(Verdict.INDETERMINATE, report.verdict(), "no anchors configured");
        LdsSecurityObject lds = LdsSecurityObject.parse(report.content());
        assertEquals(java.util.Set.of(1, 2, 3, 14), lds.dataGroupNumbers());
        for (int dg : new int[] {1, 2, 3, 14}) {
            assertTrue(lds.matches(dg, resource("bsi2008/Datagroup" + dg + ".bin")), "DG" + dg);
        }
        assertEquals(java.util.Optional.empty(), lds.hashOf(4), "DG4 and DG15 are not covered by this sample's SOD");
        assertFalse(lds.matches(1, resource("bsi2008/Datagroup2.bin")));
    }

    @Test
    void loes2006SodSignatureVerifiesAndDg1HashMatches() {
        CmsReport report = verifySod("loes2006/ef011D.bin", Instant.parse("2006-09-01T00:00:00Z"));
        assertTrue(report.signatureValid(), report.findings().toString());
        LdsSecurityObject lds = LdsSecurityObject.parse(report.content());
        assertTrue(lds.matches(1, resource("loes2006/ef0101.bin")));
    }

    @Test
    void nz2013SodSignatureVerifies() {
        CmsReport report = verifySod("nz2013/NZ2013_EF_SOD.BIN", Instant.parse("2013-06-01T00:00:00Z"));
        assertTrue(report.signatureValid(), report.findings().toString());
        assertEquals(LDS_SECURITY_OBJECT, report.contentType());
    }

    @Test
    void tamperedSodFailsTheSignature() {
        byte[] sod = CmsVerifier.unwrapEfSod(resource("loes2006/ef011D.bin"));
        sod[sod.length - 10] ^= 1;
        CmsReport report = CmsVerifier.builder().build().verify(sod, Instant.parse("2006-09-01T00:00:00Z"));
        assertFalse(report.signatureValid());
        assertEquals(Verdict.INVALID, report.verdict());
    }

    @Test
    void germanMasterListVerifiesAndAll571CscasLoad() {
        MasterList list = MasterList.parse(resource("DE_masterlist_2025-08-14.ml"));
        assertTrue(list.signatureValid());
        assertEquals(571, list.certificates().size());
        assertEquals(0, list.unparsable());
        assertTrue(list.byCountry().containsKey("DE"));
        assertEquals(571, list.byCountry().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void masterListBecomesATrustStoreOnlyWhenItsSignerChainsToAPinnedAnchor() {
        MasterList list = MasterList.parse(resource("DE_masterlist_2025-08-14.ml"));
        X509CertificateHolder signer = list.signer().orElseThrow();
        Instant at = Instant.parse("2025-08-14T12:00:00Z");
        // The signer is issued by a German CSCA that is also inside the list; an integrator pins that CSCA out of band.
        List<X509CertificateHolder> issuers = list.certificates().stream()
                .filter(c -> c.getSubject().equals(signer.getIssuer())).toList();
        assertFalse(issuers.isEmpty());
        TrustStore pinned = TrustStore.of(issuers);
        ValidationReport signerReport = list.validateSigner(pinned, at);
        assertTrue(signerReport.isValid(), signerReport.findings().toString());
        assertEquals(571, list.toTrustStore(pinned, at).size());
        TrustStore unrelated = TrustStore.of(list.byCountry().get("FR"));
        assertThrows(PkiException.class, () -> list.toTrustStore(unrelated, at));
    }
}

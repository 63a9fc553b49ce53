package io.residentid.core.pki;

import static io.residentid.core.pki.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.report.Report;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    static final TestPki.Issued ROOT = TestPki.root("Report Root", TestPki.p256());
    static final TestPki.Issued PERSON = TestPki.leaf("Khalid Al Harthy", ROOT);

    @Test
    void isAReportWithTheOneVerdict() {
        Report report = CertificatePathValidator.builder().trustStore(TrustStore.of(List.of(ROOT.certificate())))
                .build().validate(PERSON.certificate(), List.of(), NOW);
        assertEquals(Verdict.VALID, report.verdict(), report.findings().toString());
        assertTrue(report.isValid());
    }

    @Test
    void toStringNamesSubjectsMaskedAndNeverPrintsCertificateObjects() {
        ValidationReport report = CertificatePathValidator.builder()
                .trustStore(TrustStore.of(List.of(ROOT.certificate()))).build()
                .validate(PERSON.certificate(), List.of(), NOW);
        String text = report.toString();
        assertFalse(text.contains("X509CertificateHolder"), text);
        assertFalse(text.contains("Khalid Al Harthy"), text);
        assertTrue(text.contains("CN=Report Root"), text);
        assertTrue(text.startsWith("ValidationReport[VALID"), text);
    }

    @Test
    void personalNameAttributesAreMaskedEvenOnCaSubjects() {
        String masked = ValidationReport.maskedSubject(new X500Name("CN=Issuing CA,SERIALNUMBER=2123456789,C=OM"),
                false);
        assertEquals("CN=Issuing CA,SERIALNUMBER=2*******89,C=OM", masked);
    }

    @Test
    void pathCodesKeepTheirStringsAndMessages() {
        assertEquals("NO_PATH_TO_TRUST_ANCHOR", PathCode.NO_PATH_TO_TRUST_ANCHOR.code());
        assertEquals(Severity.WARNING, PathCode.CHAIN_NOT_VALIDATED.severity());
        for (PathCode code : PathCode.values()) {
            assertFalse(code.message(java.util.Locale.ENGLISH, "CN=x", "d").isBlank(), code.name());
            assertFalse(code.message(java.util.Locale.forLanguageTag("ar"), "CN=x", "d").isBlank(), code.name());
        }
    }
}

package io.residentid.qr.attacks;

import io.residentid.qr.internal.NameCharacters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.qr.format.CredentialClaims;
import io.residentid.qr.format.FailureCode;
import io.residentid.core.model.Person;
import io.residentid.qr.issue.CredentialIssuer;
import io.residentid.qr.testing.Fixtures;
import io.residentid.qr.verify.CredentialVerifier;
import io.residentid.qr.verify.VerificationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 item 6: look-alike and invisible characters in names are refused when issuing and flagged when verifying. */
class NameCharacterAttacksTest {

    private static final CredentialVerifier VERIFIER = CredentialVerifier.builder(Fixtures.trustList()).build();

    /** Latin surname variants an attacker could sign with a (compromised or careless) issuer key. */
    private static final List<String> LATIN = List.of(
            "KU\u200BMAR",          // zero width space
            "KU\u034FMAR",          // combining grapheme joiner (invisible)
            "KUM\u200EAR",          // left-to-right mark
            "KUMAR\uFE0F",          // variation selector
            "KUMAR\uDB40\uDC41",    // tag letter A
            "K\u0301\u0301\u0301UMAR", // three combining marks on one letter
            "\uFF2BUMAR",           // fullwidth K
            "\u041AUMAR",           // Cyrillic KA: mixed scripts
            "KU\u2028MAR",          // line separator
            "KU\u3164MAR",          // Hangul filler
            "KU\u115FMAR",          // Hangul choseong filler
            "KUMA\u0052\u0307");    // not NFC would compose? (R + dot above composes to U+1E58)

    /** Arabic surname variants. */
    private static final List<String> ARABIC = List.of(
            "كو\u061Cمار",   // Arabic letter mark
            "كومار\u200F",   // right-to-left mark
            "\uFEDBومار",   // presentation form (KAF initial)
            "كوKمار",       // Latin letter inside an Arabic name
            "كو\u0660مار"); // Arabic-Indic digit

    private static String withLatinSurname(String surname) {
        return Attacks.claimsJson().replace("\"n\":\"KUMAR/", "\"n\":\"" + surname + "/");
    }

    private static String withArabicSurname(String surname) {
        return Attacks.claimsJson().replace("\"a\":\"كومار/", "\"a\":\"" + surname + "/");
    }

    @Test
    void suspiciousLatinNamesAreFlaggedWhenVerifying() {
        for (String name : LATIN) {
            VerificationReport report = VERIFIER.verify(Attacks.signed(Fixtures.ES256_KEY, withLatinSurname(name)), Fixtures.AT);
            assertTrue(report.has(FailureCode.SUSPICIOUS_CHARACTERS), name + ": " + report);
            assertTrue(report.valid(), "a warning, not a failure: " + report);
        }
    }

    @Test
    void suspiciousArabicNamesAreFlaggedWhenVerifying() {
        for (String name : ARABIC) {
            VerificationReport report = VERIFIER.verify(Attacks.signed(Fixtures.ES256_KEY, withArabicSurname(name)), Fixtures.AT);
            assertTrue(report.has(FailureCode.SUSPICIOUS_CHARACTERS), name + ": " + report);
        }
    }

    @Test
    void cleanNamesAreNotFlagged() {
        for (String name : List.of("KUMAR", "O'NEIL", "AL-HASHMI", "MÜLLER", "NGUYỄN", "ÅSA", "ST. JOHN")) {
            assertFalse(VERIFIER.verify(Attacks.signed(Fixtures.ES256_KEY, withLatinSurname(name)), Fixtures.AT)
                    .has(FailureCode.SUSPICIOUS_CHARACTERS), name);
        }
        for (String name : List.of("البلوشي", "عبد الله", "پرویز", "مُحَمَّد")) {
            assertFalse(VERIFIER.verify(Attacks.signed(Fixtures.ES256_KEY, withArabicSurname(name)), Fixtures.AT)
                    .has(FailureCode.SUSPICIOUS_CHARACTERS), name);
        }
    }

    @Test
    void issuerRefusesSuspiciousNames() {
        CredentialIssuer issuer = CredentialIssuer.builder(Fixtures.ES256_KEY, Fixtures.ISS).build();
        for (String name : LATIN) {
            if (!NameCharacters.normalize(name).equals(name)) {
                continue; // a decomposed name is normalised by the issuer, not refused (see below)
            }
            assertThrows(IllegalArgumentException.class, () -> issuer.issue(claimsWithSurname(name, "كومار")), name);
        }
        for (String name : ARABIC) {
            assertThrows(IllegalArgumentException.class, () -> issuer.issue(claimsWithSurname("KUMAR", name)), name);
        }
    }

    @Test
    void issuerWritesNamesInNfc() {
        CredentialClaims claims = CredentialIssuer.builder(Fixtures.ES256_KEY, Fixtures.ISS).build()
                .issue(claimsWithSurname("MU\u0308LLER", "كومار")).claims();
        assertEquals("M\u00DCLLER", claims.holder().primaryIdentifier());
        VerificationReport report = VERIFIER.verify(CredentialIssuer.builder(Fixtures.ES256_KEY, Fixtures.ISS).build()
                .issue(claimsWithSurname("MU\u0308LLER", "كومار")).qrText(), Fixtures.AT);
        assertFalse(report.has(FailureCode.SUSPICIOUS_CHARACTERS));
    }

    private static CredentialClaims claimsWithSurname(String latin, String arabic) {
        Person h = Fixtures.referenceHolder();
        // Canonical constructor: the builder would upper-case (and so change) the Latin test names.
        Person changed = new Person(latin, h.secondaryIdentifier(), "راجيش " + arabic, h.sex(), h.nationality(),
                h.dateOfBirth(), null, h.occupation(), h.employer(), List.of());
        return new CredentialClaims(Fixtures.ISS, Fixtures.NBF, Fixtures.NBF, Fixtures.EXP,
                Fixtures.referenceDocument().toBuilder().holder(changed).build(), arabic, null);
    }
}

package io.residentid.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One convention for every command: usage on stderr with 2, localized argument errors, Arabic-Indic digits. */
class CliConventionsTest {

    @Test
    void everyCommandGroupWithoutASubcommandPrintsUsageOnStderrAndExitsTwo() {
        for (String group : new String[] {"qr", "renewal", "mrz", "pki", "id", "card", "seal", "mdoc", "kyc"}) {
            CliRunner.Result r = CliRunner.run(group);
            assertEquals(2, r.exitCode(), group);
            assertTrue(r.out().isEmpty(), group + " printed on stdout: " + r.out());
            assertTrue(r.err().contains("Usage"), group);
        }
    }

    @Test
    void arabicIndicDigitsAreAcceptedInDates() {
        CliRunner.Result r = CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "٢٠٢٧-٠٦-٣٠",
                "--today", "٢٠٢٦-١٢-٠٦");
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.err());
        assertTrue(r.out().contains("2027-06-30"), r.out());
    }

    @Test
    void aBadDateSaysTheFormatExpectedInTheUsersLanguage() {
        CliRunner.Result en = CliRunner.run("renewal", "assess", "--country", "OM", "--expiry", "2027-02-30");
        assertEquals(2, en.exitCode());
        assertTrue(en.err().contains("expected YYYY-MM-DD"), en.err());
        assertFalse(en.err().contains("DateTimeParseException"), en.err());
        assertFalse(en.err().contains("java.time"), en.err());
        CliRunner.Result ar = CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "OM", "--expiry", "x");
        assertEquals(2, ar.exitCode());
        assertTrue(ar.err().contains("الصيغة المتوقعة"), ar.err());
        assertEquals(1, ar.err().strip().lines().count(), ar.err());
    }

    @Test
    void unknownOptionsAndMissingArgumentsAreReportedInArabic() {
        CliRunner.Result unknown = CliRunner.run("--lang", "ar", "renewal", "assess", "--country", "OM", "--expiry", "2027-06-30", "--bogus");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("resident-id: ") && unknown.err().contains("خيار غير معروف"),
                unknown.err());
        CliRunner.Result missing = CliRunner.run("--lang", "ar", "renewal", "batch");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("مفقود"), missing.err());
    }

    @Test
    void digitsOptionSwitchesArabicTextToArabicIndicDigits() {
        CliRunner.Result r = CliRunner.run("--lang", "ar", "--digits", "arab", "renewal", "assess", "--country", "OM",
                "--expiry", "2027-06-30", "--offences", "100");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("٩٩"), r.err());
    }
}

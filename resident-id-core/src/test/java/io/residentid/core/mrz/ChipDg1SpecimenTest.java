package io.residentid.core.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.residentid.core.model.Sex;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The MRZs stored in real specimen chips' EF.DG1 (tag 5F1F) parse and check. */
class ChipDg1SpecimenTest {

    private static String mrzOfDg1(String resource) throws Exception {
        try (InputStream in = ChipDg1SpecimenTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            byte[] dg1 = in.readAllBytes();
            for (int i = 0; i + 3 < dg1.length; i++) {
                if ((dg1[i] & 0xFF) == 0x5F && (dg1[i + 1] & 0xFF) == 0x1F) {
                    int length = dg1[i + 2] & 0xFF;
                    return new String(dg1, i + 3, length, StandardCharsets.US_ASCII);
                }
            }
            throw new AssertionError("no 5F1F in " + resource);
        }
    }

    @Test
    void bsiMustermannPassport() throws Exception {
        Mrz mrz = IcaoSpecimens.PARSER.parse(mrzOfDg1("bsi2008-dg1.bin"));
        assertEquals(MrzFormat.TD3, mrz.format());
        assertEquals("D", mrz.issuingState());
        assertEquals("D", mrz.nationality());
        assertEquals("C11T002JM", mrz.documentNumber());
        assertEquals("MUSTERMANN", mrz.primaryIdentifier());
        assertEquals("ERIKA", mrz.secondaryIdentifier());
        assertEquals(LocalDate.of(1996, 8, 12), mrz.dateOfBirth());
        assertEquals(Sex.FEMALE, mrz.sex());
        assertTrue(mrz.checkDigits().allValid(), mrz.checkDigits().toString());
        assertTrue(mrz.valid());
    }

    @Test
    void dutchSpecimenPassport() throws Exception {
        Mrz mrz = IcaoSpecimens.PARSER.parse(mrzOfDg1("loes2006-dg1.bin"));
        assertEquals("NLD", mrz.issuingState());
        assertEquals("XX0001328", mrz.documentNumber());
        assertEquals("123456789", mrz.optionalData1());
        assertEquals("MEULENDIJK", mrz.primaryIdentifier());
        assertEquals("LOES ALBERTINE", mrz.secondaryIdentifier());
        assertEquals(LocalDate.of(1971, 10, 19), mrz.dateOfBirth());
        assertEquals(LocalDate.of(2011, 10, 1), mrz.dateOfExpiry());
        assertTrue(mrz.checkDigits().allValid(), mrz.checkDigits().toString());
    }
}

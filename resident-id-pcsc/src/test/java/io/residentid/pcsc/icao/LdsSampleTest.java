package io.residentid.pcsc.icao;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LDS parsers on public specimen documents (BSI 2008, Dutch 2006). */
class LdsSampleTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LdsSampleTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    @Test
    void efComListsTheDataGroups() throws Exception {
        EfCom com = EfCom.parse(resource("bsi2008/EF_COM.bin"));
        assertEquals("0107", com.ldsVersion());
        assertEquals("040000", com.unicodeVersion());
        assertEquals(List.of(LdsFile.DG1, LdsFile.DG2, LdsFile.DG3, LdsFile.DG14), com.dataGroups());
    }

    @Test
    void dg1HoldsATd3Mrz() throws Exception {
        Dg1 dg1 = Dg1.parse(resource("bsi2008/Datagroup1.bin"));
        assertEquals(Dg1.Format.TD3, dg1.format());
        assertTrue(dg1.lines().get(0).startsWith("P<D<<MUSTERMANN<<ERIKA"));
        assertEquals("Dg1[TD3, hidden]", dg1.toString());
        assertEquals("MUSTERMANN", dg1.toMrz().primaryIdentifier());
        assertEquals(Dg1.Format.TD3, Dg1.parse(resource("loes2006/ef0101.bin")).format());
    }

    @Test
    void dg2YieldsTheFaceImage() throws Exception {
        Dg2 dg2 = Dg2.parse(resource("bsi2008/Datagroup2.bin"));
        assertEquals(1, dg2.faces().size());
        FaceImage face = dg2.faces().get(0);
        assertEquals(FaceImage.ImageFormat.JPEG2000, face.format());
        assertTrue(face.width() > 0 && face.height() > 0);
        assertEquals("ISO_19794_5", face.standard());

        FaceImage dutch = Dg2.parse(resource("loes2006/ef0102.bin")).faces().get(0);
        assertFalse(dutch.format() == FaceImage.ImageFormat.UNKNOWN);
    }

    @Test
    void dg14HasChipAuthenticationKey() throws Exception {
        Dg14 dg14 = Dg14.parse(resource("bsi2008/Datagroup14.bin"));
        assertFalse(dg14.securityInfos().chipAuthenticationPublicKeys().isEmpty());
    }

    @Test
    void dg15HoldsAnActiveAuthenticationKey() throws Exception {
        assertEquals("RSA", Dg15.parse(resource("loes2006/ef010F.bin")).publicKey().getAlgorithm());
        String bsi = Dg15.parse(resource("bsi2008/Datagroup15.bin")).publicKey().getAlgorithm();
        assertTrue(bsi.equals("RSA") || bsi.startsWith("EC"), bsi);
    }

    @Test
    void sodHashesMatchTheExactBytesOfTheDataGroups() throws Exception {
        EfSod sod = EfSod.parse(resource("bsi2008/EF_SOD.bin"));
        Map<Integer, byte[]> hashes = sod.dataGroupHashes();
        assertTrue(hashes.keySet().containsAll(List.of(1, 2, 14)));
        String algorithm = switch (sod.digestAlgorithm()) {
            case "1.3.14.3.2.26" -> "SHA-1";
            case "2.16.840.1.101.3.4.2.1" -> "SHA-256";
            case "2.16.840.1.101.3.4.2.4" -> "SHA-224";
            default -> throw new AssertionError(sod.digestAlgorithm());
        };
        MessageDigest digest = MessageDigest.getInstance(algorithm);
        assertArrayEquals(hashes.get(1), digest.digest(resource("bsi2008/Datagroup1.bin")));
        assertArrayEquals(hashes.get(2), digest.digest(resource("bsi2008/Datagroup2.bin")));
        assertArrayEquals(hashes.get(14), digest.digest(resource("bsi2008/Datagroup14.bin")));

        EfSod dutch = EfSod.parse(resource("loes2006/ef011D.bin"));
        assertArrayEquals(dutch.dataGroupHashes().get(1),
                MessageDigest.getInstance("SHA-256").digest(resource("loes2006/ef0101.bin")));
    }
}

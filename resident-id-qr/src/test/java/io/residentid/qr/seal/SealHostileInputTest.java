package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class SealHostileInputTest {

    static final String PERMIT = SealTestData.cases().get("cases").get(0).get("raw").get("value").asText();

    private static SealCode code(byte[] data) {
        return assertThrows(SealException.class, () -> SealDecoder.standard().decode(data)).sealCode();
    }

    private static SealCode code(String text) {
        return assertThrows(SealException.class, () -> SealDecoder.standard().decodeText(text)).sealCode();
    }

    @Test
    void everyTruncationOfASealIsACodedErrorOrAShorterSeal() {
        byte[] full = HexFormat.of().parseHex(PERMIT);
        for (int n = 1; n < full.length; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            try {
                SealDecoder.standard().decode(cut);
            } catch (SealException e) {
                assertTrue(e.offset().isPresent() || e.sealCode() == SealCode.EMPTY, "offset at " + n);
            }
        }
    }

    @Test
    void aLengthPointingPastTheEndIsBadLengthWithItsOffset() {
        byte[] data = HexFormat.of().parseHex(PERMIT);
        data[19] = (byte) 0x7F; // the MRZ message length
        SealException e = assertThrows(SealException.class, () -> SealDecoder.standard().decode(data));
        assertEquals(SealCode.BAD_LENGTH, e.sealCode());
        assertEquals(19, e.offset().getAsLong());
        byte[] longForm = HexFormat.of().parseHex(PERMIT);
        longForm[19] = (byte) 0x84; // four length bytes: more than a seal can hold
        assertEquals(SealCode.BAD_LENGTH, code(longForm));
    }

    @Test
    void wrongMagicEmptyAndOversizedInputAreCoded() {
        byte[] data = HexFormat.of().parseHex(PERMIT);
        data[0] = (byte) 0xDD;
        assertEquals(SealCode.BAD_MAGIC, code(data));
        assertEquals(SealCode.EMPTY, code(new byte[0]));
        assertEquals(SealCode.TOO_LARGE, code(new byte[SealDecoder.MAX_SEAL_BYTES + 1]));
        assertEquals(SealCode.UNKNOWN_FORMAT, code("hello"));
    }

    @Test
    void c40ValuesOutOfRangeAreBadC40() {
        byte[] data = HexFormat.of().parseHex(PERMIT);
        data[2] = (byte) 0xFA; // country pair decodes beyond 64000
        data[3] = (byte) 0x01;
        SealException e = assertThrows(SealException.class, () -> SealDecoder.standard().decode(data));
        assertEquals(SealCode.BAD_C40, e.sealCode());
        assertEquals(2, e.offset().getAsLong());
        assertEquals(SealCode.BAD_C40, assertThrows(SealException.class, () -> C40.encode("abc")).sealCode());
    }

    @Test
    void anImpossibleDateIsBadDate() {
        byte[] data = HexFormat.of().parseHex(PERMIT);
        // 13/45/2020 as MMDDYYYY
        int v = 13_45_2020;
        data[12] = (byte) (v >> 16);
        data[13] = (byte) (v >> 8);
        data[14] = (byte) v;
        assertEquals(SealCode.BAD_DATE, code(data));
    }

    @Test
    void dataAfterTheSignatureIsTrailingData() {
        byte[] data = Arrays.copyOf(HexFormat.of().parseHex(PERMIT), PERMIT.length() / 2 + 1);
        assertEquals(SealCode.TRAILING_DATA, code(data));
    }

    @Test
    void aSignatureOfTheWrongSizeIsInvalidNotAnException() {
        byte[] data = HexFormat.of().parseHex(PERMIT);
        int sigTag = data.length - 66;
        assertEquals(0xFF, data[sigTag] & 0xFF);
        byte[] shorter = Arrays.copyOf(data, data.length - 2);
        shorter[sigTag + 1] = 62;
        Seal seal = SealDecoder.standard().decode(shorter);
        SealReport report = SealVerifier.builder().certificates(SealTestData.certificates().values()).build()
                .verify(seal, Instant.parse("2024-06-01T00:00:00Z"));
        assertEquals(SignatureStatus.INVALID, report.signature());
        assertTrue(report.has(SealCode.SIGNATURE_WRONG_SIZE));
    }

    @Test
    void aSignerKeyOnAnUnsupportedAlgorithmIsReportedNotThrown() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        java.security.KeyPair rsa = g.generateKeyPair();
        org.bouncycastle.cert.X509CertificateHolder cert = new org.bouncycastle.cert.jcajce
                .JcaX509v3CertificateBuilder(new org.bouncycastle.asn1.x500.X500Name("C=UT,CN=TS"),
                java.math.BigInteger.valueOf(0x5B), java.util.Date.from(Instant.parse("2020-01-01T00:00:00Z")),
                java.util.Date.from(Instant.parse("2030-01-01T00:00:00Z")),
                new org.bouncycastle.asn1.x500.X500Name("C=UT,CN=TS"), rsa.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                        .build(rsa.getPrivate()));
        Seal seal = SealDecoder.standard().decodeHex(PERMIT);
        SealReport report = SealVerifier.builder().certificate(cert).build().verify(seal);
        assertEquals(SignatureStatus.SIGNER_UNKNOWN, report.signature());
        assertTrue(report.has(SealCode.UNSUPPORTED_KEY));
    }

    @Test
    void idbPrefixFlagAndAlphabetAreChecked() {
        assertEquals(SealCode.BAD_IDB_PREFIX, code("ADB1ANK6GCEQFCCYLDMVTWS23NN5YXG5LXPF5X27Q"));
        assertEquals(SealCode.BAD_IDB_PREFIX, code("RDB2ANK6GCEQFCCYLDMVTWS23NN5YXG5LXPF5X27Q"));
        assertEquals(SealCode.BAD_IDB_PREFIX, code("RDB1ZNK6GCEQFCCYLDMVTWS23NN5YXG5LXPF5X27Q"));
        SealException e = assertThrows(SealException.class,
                () -> SealDecoder.standard().decodeText("RDB1ANK6GCEQFCCYLD1VTWS23NN5YXG5LXPF5X27Q"));
        assertEquals(SealCode.BAD_BASE32, e.sealCode());
        assertEquals(18, e.offset().getAsLong());
        assertEquals(SealCode.BAD_BASE32, code("RDB1ANK6GCEQFCCYLDmVTWS23NN5YXG5LXPF5X27Q"));
    }

    @Test
    void aDecompressionBombIsStoppedAtTheLimit() {
        byte[] zeros = new byte[10 << 20];
        Deflater d = new Deflater(9);
        d.setInput(zeros);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        String bomb = "RDB1C" + SealIssuer.base32(out.toByteArray());
        assertTrue(bomb.length() < SealDecoder.MAX_SEAL_BYTES);
        assertEquals(SealCode.BAD_COMPRESSION, code(bomb));
        assertEquals(SealCode.BAD_COMPRESSION, code("RDB1C" + SealIssuer.base32(new byte[] {1, 2, 3, 4})));
    }

    @Test
    void vdsNcOfTheWrongShapeIsBadVdsNc() {
        assertEquals(SealCode.BAD_VDS_NC, code("{\"data\":1}"));
        assertEquals(SealCode.BAD_VDS_NC, code("{\"data\":{\"hdr\":{},\"msg\":{}},\"sig\":{}}"));
        assertEquals(SealCode.BAD_VDS_NC, code("{\"data\":"));
        assertEquals(SealCode.BAD_VDS_NC, code("{\"a\":1,\"a\":2}"));
    }

    @Test
    void aMalformedCatalogueIsBadCatalogue() {
        SealCatalogue std = SealCatalogue.standard();
        assertEquals(SealCode.BAD_CATALOGUE, assertThrows(SealException.class, () -> std.with("[]")).sealCode());
        assertEquals(SealCode.BAD_CATALOGUE, assertThrows(SealException.class,
                () -> std.with("{\"vdsTypes\":[{\"name\":\"X\",\"featureRef\":\"zz\",\"category\":\"01\"}]}"))
                .sealCode());
        assertEquals(SealCode.BAD_CATALOGUE, assertThrows(SealException.class,
                () -> std.with("{\"idbMessages\":[{\"tag\":1,\"name\":\"X\",\"coding\":\"NOPE\"}]}")).sealCode());
    }

    @Test
    void anUnknownDocumentTypeStillDecodesToRawFeatures() {
        Seal seal = SealDecoder.standard().decodeHex(
                SealTestData.cases().get("cases").get(6).get("raw").get("value").asText());
        assertEquals("UNKNOWN", seal.documentType());
        assertTrue(seal.decodeFindings().stream().anyMatch(f -> f.code().equals("UNKNOWN_DOCUMENT_TYPE")));
        assertTrue(seal.features().stream().allMatch(f -> f.name().startsWith("TAG_")));
        assertEquals(LocalDate.of(2026, 11, 1), seal.issueDate().orElseThrow());
    }
}

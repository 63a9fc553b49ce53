package io.residentid.emulator;

import io.residentid.pcsc.icao.LdsFile;
import io.residentid.pcsc.icao.PaceInfo;
import io.residentid.pcsc.tlv.Tlv;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Personalisation of an emulated resident card's eMRTD application: DG13, DG14 and EF.CardAccess security infos,
 * EF.COM, the signed EF.SOD (SHA-256 data-group hashes, CMS by the test document signer) and a generated face.
 */
final class LdsPersonalisation {

    private LdsPersonalisation() {
    }

    static byte[] encoded(X509CertificateHolder cert) {
        try {
            return cert.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] dg13(ResidentPersona p) {
        Tlv.Builder dg13 = Tlv.builder(LdsFile.DG13.tag());
        if (p.employer() != null) {
            dg13.add(0x5F50, p.employer().getBytes(StandardCharsets.UTF_8));
        }
        if (p.sponsor() != null) {
            dg13.add(0x5F51, p.sponsor().getBytes(StandardCharsets.UTF_8));
        }
        dg13.add(0x5F53, (p.profession() == null ? "" : p.profession()).getBytes(StandardCharsets.UTF_8));
        return dg13.build().encoded();
    }

    static DERSequence paceInfo(PaceInfo info) {
        return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier(info.protocol()), new ASN1Integer(info.version()),
            new ASN1Integer(info.parameterId().getAsInt())});
    }

    static byte[] securityInfos(DERSequence... infos) {
        try {
            return new DERSet(infos).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] dg14(KeyPair caKeys, PaceInfo pace) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier(ResidentCard.CA_PROTOCOL), new ASN1Integer(1)}));
        v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2"),
            SubjectPublicKeyInfo.getInstance(caKeys.getPublic().getEncoded())}));
        v.add(new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new ASN1ObjectIdentifier("2.23.136.1.1.5"), new ASN1Integer(1),
            new ASN1ObjectIdentifier(ResidentCard.AA_ECDSA_SHA256)}));
        if (pace != null) {
            v.add(paceInfo(pace));
        }
        try {
            // DER re-encodes to the same bytes through the BER-TLV tree (minimal definite lengths)
            byte[] set = new DERSet(v).getEncoded("DER");
            return Tlv.constructed(LdsFile.DG14.tag(), Tlv.parse(set)).encoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] efCom(Iterable<LdsFile> groups) {
        ByteArrayOutputStream tags = new ByteArrayOutputStream();
        for (LdsFile f : groups) {
            tags.write(f.tag());
        }
        return Tlv.builder(LdsFile.COM.tag()).add(0x5F01, "0107".getBytes(StandardCharsets.US_ASCII))
                .add(0x5F36, "040000".getBytes(StandardCharsets.US_ASCII)).add(0x5C, tags.toByteArray()).build()
                .encoded();
    }

    static byte[] signedSecurityObject(Map<LdsFile, byte[]> groups, KeyPair dsKeys,
            X509CertificateHolder ds) {
        Map<Integer, byte[]> byNumber = new java.util.LinkedHashMap<>();
        groups.forEach((file, content) -> byNumber.put(file.dataGroupNumber(), content));
        return SecurityObjects.sign(byNumber, dsKeys, ds);
    }

    /** A JPEG portrait placeholder (drawn, then padded with a JPEG comment to {@code targetSize} bytes). */
    static byte[] generatedFace(int targetSize, SecureRandom random) {
        byte[] jpeg = Portraits.jpeg(240);
        int padding = targetSize - jpeg.length - 4;
        if (padding <= 0) {
            return jpeg;
        }
        padding = Math.min(padding, 65533);
        byte[] padded = new byte[jpeg.length + 4 + padding];
        padded[0] = (byte) 0xFF;
        padded[1] = (byte) 0xD8;
        padded[2] = (byte) 0xFF;
        padded[3] = (byte) 0xFE;
        padded[4] = (byte) ((padding + 2) >>> 8);
        padded[5] = (byte) (padding + 2);
        byte[] comment = new byte[padding - 2];
        random.nextBytes(comment);
        System.arraycopy(comment, 0, padded, 6, comment.length);
        System.arraycopy(jpeg, 2, padded, 4 + padding, jpeg.length - 2);
        return padded;
    }
}

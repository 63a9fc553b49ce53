package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;
import io.residentid.pcsc.tlv.Tlv;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * EF.SOD, the document security object (ICAO 9303-10 §4.6.2): {@code 77 { ContentInfo (CMS SignedData over an
 * LDSSecurityObject) }}. This class unwraps it and reads the data-group hashes; verifying the signature and the
 * signer's chain is passive authentication's job (core PKI).
 */
public final class EfSod {

    /** Upper bound on EF.SOD's size. */
    public static final int MAX_LENGTH = 64 * 1024;

    static final String ID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1";

    private final byte[] cms;
    private final String digestAlgorithm;
    private final Map<Integer, byte[]> hashes;

    private EfSod(byte[] cms, String digestAlgorithm, Map<Integer, byte[]> hashes) {
        this.cms = cms;
        this.digestAlgorithm = digestAlgorithm;
        this.hashes = hashes;
    }

    /**
     * Parses EfSod from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed
     * @param encoded EF.SOD as read from the chip (template 77)
     * @return the security object with its data-group hashes
     */
    public static EfSod parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static EfSod decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "EF.SOD");
        TlvSlice root = Lds.root(encoded, LdsFile.SOD);
        byte[] cms = root.value();
        try (ASN1InputStream in = new ASN1InputStream(cms, true)) {
            ASN1Primitive p = in.readObject();
            if (p == null || in.readObject() != null) {
                throw new LdsFormatException("EF.SOD must hold exactly one ContentInfo");
            }
            ContentInfo contentInfo = ContentInfo.getInstance(p);
            if (!"1.2.840.113549.1.7.2".equals(contentInfo.getContentType().getId())) {
                throw new LdsFormatException("EF.SOD content is not CMS SignedData");
            }
            SignedData signedData = SignedData.getInstance(contentInfo.getContent());
            ContentInfo encap = signedData.getEncapContentInfo();
            if (!ID_LDS_SECURITY_OBJECT.equals(encap.getContentType().getId())) {
                throw new LdsFormatException("EF.SOD does not encapsulate an LDSSecurityObject");
            }
            byte[] content = ASN1OctetString.getInstance(encap.getContent()).getOctets();
            LDSSecurityObject so = LDSSecurityObject.getInstance(ASN1Primitive.fromByteArray(content));
            Map<Integer, byte[]> hashes = new TreeMap<>();
            for (DataGroupHash h : so.getDatagroupHash()) {
                int number = h.getDataGroupNumber();
                if (number < 1 || number > 16 || hashes.put(number, h.getDataGroupHashValue().getOctets()) != null) {
                    throw new LdsFormatException("EF.SOD lists an invalid or repeated data-group number");
                }
            }
            return new EfSod(cms, so.getDigestAlgorithmIdentifier().getAlgorithm().getId(),
                    Collections.unmodifiableMap(hashes));
        } catch (LdsFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LdsFormatException("malformed EF.SOD", e);
        }
    }

    /** {@return the CMS SignedData (ContentInfo) bytes exactly as stored, for signature verification} */
    public byte[] cms() {
        return cms.clone();
    }

    /** {@return the OID of the digest algorithm of the data-group hashes} */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** {@return data-group number → hash, as signed} */
    public Map<Integer, byte[]> dataGroupHashes() {
        TreeMap<Integer, byte[]> copy = new TreeMap<>();
        hashes.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /**
     * Wraps CMS bytes into an EF.SOD file (used by the emulator).
     *
     * @param cmsContentInfo the signed CMS ContentInfo (DER)
     * @return EF.SOD's bytes
     */
    public static byte[] encode(byte[] cmsContentInfo) {
        return Tlv.encode(LdsFile.SOD.tag(), cmsContentInfo);
    }

    @Override
    public String toString() {
        return "EfSod[" + digestAlgorithm + ", data groups " + hashes.keySet() + "]";
    }
}

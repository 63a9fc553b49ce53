package io.residentid.pcsc.icao;

import io.residentid.pcsc.tlv.TlvSlice;
import io.residentid.pcsc.tlv.TlvException;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;

import java.io.IOException;

/**
 * DG14, security options (ICAO 9303-10 §4.7.14): {@code 6E { SecurityInfos }} with the chip-authentication keys and
 * protocols (and, for ECDSA active authentication, ActiveAuthenticationInfo).
 *
 * @param securityInfos the parsed SecurityInfos
 */
public record Dg14(SecurityInfos securityInfos) {

    /** Upper bound on DG14's size. */
    public static final int MAX_LENGTH = SecurityInfos.MAX_ENCODED_LENGTH;

    /**
     * Parses Dg14 from the bytes read from the chip.
     *
     * @throws LdsFormatException when malformed
     * @param encoded DG14 as read from the chip (template 6E)
     * @return the security infos it holds
     */
    public static Dg14 parse(byte[] encoded) {
        try {
            return decode(encoded);
        } catch (TlvException e) {
            throw Lds.malformed(e);
        }
    }

    private static Dg14 decode(byte[] encoded) {
        Lds.requireSize(encoded, MAX_LENGTH, "DG14");
        TlvSlice root = Lds.root(encoded, LdsFile.DG14);
        byte[] set = root.value();
        try (ASN1InputStream in = new ASN1InputStream(set, true)) {
            ASN1Primitive p = in.readObject();
            if (p == null || in.readObject() != null) {
                throw new LdsFormatException("DG14 must hold exactly one SecurityInfos SET");
            }
            return new Dg14(SecurityInfos.fromSet(ASN1Set.getInstance(p)));
        } catch (LdsFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LdsFormatException("malformed DG14 SecurityInfos", e);
        }
    }
}

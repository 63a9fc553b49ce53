package io.residentid.pcsc.icao;

import io.residentid.core.model.Bytes;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The SecurityInfos of EF.CardAccess or DG14 (ICAO 9303-11 §9.2): {@code SET OF SEQUENCE { protocol OID,
 * requiredData ANY, optionalData ANY OPTIONAL }}. Known entries are typed; everything else is kept by OID.
 */
public final class SecurityInfos {

    /** Upper bound on the encoded size accepted. */
    public static final int MAX_ENCODED_LENGTH = 16 * 1024;
    /** Upper bound on the number of entries. */
    public static final int MAX_ENTRIES = 64;

    static final String ID_PK = "0.4.0.127.0.7.2.2.1";
    static final String ID_AA = "2.23.136.1.1.5";

    private final List<PaceInfo> paceInfos;
    private final List<ChipAuthenticationInfo> chipAuthenticationInfos;
    private final List<ChipAuthenticationPublicKey> chipAuthenticationPublicKeys;
    private final String activeAuthenticationSignatureAlgorithm;
    private final List<String> otherProtocols;

    private SecurityInfos(List<PaceInfo> pace, List<ChipAuthenticationInfo> ca, List<ChipAuthenticationPublicKey> pk,
            String aaAlgorithm, List<String> other) {
        this.paceInfos = List.copyOf(pace);
        this.chipAuthenticationInfos = List.copyOf(ca);
        this.chipAuthenticationPublicKeys = List.copyOf(pk);
        this.activeAuthenticationSignatureAlgorithm = aaAlgorithm;
        this.otherProtocols = List.copyOf(other);
    }

    /**
     * Parses DER SecurityInfos.
     *
     * @throws LdsFormatException when the bytes are not SecurityInfos or exceed the bounds
     * @param encoded the DER SET OF SecurityInfo (EF.CardAccess or DG14's content)
     * @return the security infos, unknown ones kept by OID
     */
    public static SecurityInfos parse(byte[] encoded) {
        if (encoded == null || encoded.length == 0) {
            throw new LdsFormatException("empty SecurityInfos");
        }
        if (encoded.length > MAX_ENCODED_LENGTH) {
            throw new LdsFormatException("SecurityInfos larger than " + MAX_ENCODED_LENGTH + " bytes");
        }
        try (ASN1InputStream in = new ASN1InputStream(encoded, true)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null || in.readObject() != null) {
                throw new LdsFormatException("SecurityInfos must be exactly one SET");
            }
            return fromSet(ASN1Set.getInstance(primitive));
        } catch (LdsFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LdsFormatException("malformed SecurityInfos", e);
        }
    }

    static SecurityInfos fromSet(ASN1Set set) {
        if (set.size() > MAX_ENTRIES) {
            throw new LdsFormatException("SecurityInfos with more than " + MAX_ENTRIES + " entries");
        }
        List<PaceInfo> pace = new ArrayList<>();
        List<ChipAuthenticationInfo> ca = new ArrayList<>();
        List<ChipAuthenticationPublicKey> pk = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String aa = null;
        for (ASN1Encodable element : set) {
            ASN1Sequence info = ASN1Sequence.getInstance(element);
            if (info.size() < 2 || info.size() > 3) {
                throw new LdsFormatException("SecurityInfo must have 2 or 3 elements");
            }
            String oid = ASN1ObjectIdentifier.getInstance(info.getObjectAt(0)).getId();
            if (oid.startsWith(PaceInfo.ID_PACE + ".") && info.getObjectAt(1) instanceof ASN1Integer version) {
                pace.add(new PaceInfo(oid, smallInt(version), optionalInt(info, 2)));
            } else if (oid.startsWith(ChipAuthenticationInfo.ID_CA + ".")
                    && info.getObjectAt(1) instanceof ASN1Integer version) {
                ca.add(new ChipAuthenticationInfo(oid, smallInt(version), optionalInt(info, 2)));
            } else if (oid.startsWith(ID_PK + ".")) {
                SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(info.getObjectAt(1));
                try {
                    pk.add(new ChipAuthenticationPublicKey(oid, Bytes.of(spki.getEncoded("DER")), optionalInt(info, 2)));
                } catch (IOException e) {
                    throw new LdsFormatException("malformed chip authentication public key", e);
                }
            } else if (oid.equals(ID_AA) && info.size() == 3) {
                aa = ASN1ObjectIdentifier.getInstance(info.getObjectAt(2)).getId();
            } else {
                other.add(oid);
            }
        }
        return new SecurityInfos(pace, ca, pk, aa, other);
    }

    private static OptionalInt optionalInt(ASN1Sequence info, int index) {
        if (info.size() <= index) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(smallInt(ASN1Integer.getInstance(info.getObjectAt(index))));
    }

    private static int smallInt(ASN1Integer value) {
        if (value.getValue().bitLength() > 31) {
            throw new LdsFormatException("integer out of range in SecurityInfo");
        }
        return value.intValueExact();
    }

    /** {@return the PACEInfos, in the order the chip lists them} */
    public List<PaceInfo> paceInfos() {
        return paceInfos;
    }

    /** {@return the ChipAuthenticationInfos} */
    public List<ChipAuthenticationInfo> chipAuthenticationInfos() {
        return chipAuthenticationInfos;
    }

    /** {@return the chip authentication public keys} */
    public List<ChipAuthenticationPublicKey> chipAuthenticationPublicKeys() {
        return chipAuthenticationPublicKeys;
    }

    /** {@return the signature algorithm OID of ActiveAuthenticationInfo (ECDSA active authentication), if present} */
    public java.util.Optional<String> activeAuthenticationSignatureAlgorithm() {
        return java.util.Optional.ofNullable(activeAuthenticationSignatureAlgorithm);
    }

    /** {@return OIDs of entries this SDK does not interpret (kept, not rejected)} */
    public List<String> otherProtocols() {
        return otherProtocols;
    }

    /** {@return the first PACEInfo this SDK can run, preferring the chip's order} */
    public java.util.Optional<PaceInfo> preferredPace() {
        return paceInfos.stream().filter(PaceInfo::isSupported).findFirst();
    }
}

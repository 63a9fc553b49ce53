package io.residentid.mdoc.cose;

import io.residentid.core.model.Bytes;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cbor.CborMap;
import java.util.Objects;

/**
 * A public COSE_Key (RFC 9052 §7): kty EC2 (x, y) or OKP (x). Private parts ({@code d}) are ignored on parsing:
 * public keys travel, private keys stay in {@link MdocKeyPair}. The point is checked to be on the curve when the key
 * is used.
 */
public final class CoseKey {
    /** kty OKP. */
    public static final int KTY_OKP = 1;
    /** kty EC2. */
    public static final int KTY_EC2 = 2;

    private final CoseCurve curve;
    private final Bytes x;
    private final Bytes y;

    private CoseKey(CoseCurve curve, Bytes x, Bytes y) {
        this.curve = curve;
        this.x = x;
        this.y = y;
    }

    /**
     * {@return an EC2 key from its coordinates (each exactly the curve's coordinate length)}
     *
     * @param curve the COSE curve
     * @param x the x coordinate (or the OKP public key)
     * @param y the y coordinate
     */
    public static CoseKey ec2(CoseCurve curve, Bytes x, Bytes y) {
        if (!curve.isEc2()) {
            throw new IllegalArgumentException(curve + " is not an EC2 curve");
        }
        if (x.length() != curve.coordinateLength() || y.length() != curve.coordinateLength()) {
            throw new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, "COSE_Key", null, "COSE_Key",
                    "coordinates of " + curve.coordinateLength() + " bytes");
        }
        return new CoseKey(curve, x, y);
    }

    /**
     * {@return an OKP key from its public bytes}
     *
     * @param curve the COSE curve
     * @param x the x coordinate (or the OKP public key)
     */
    public static CoseKey okp(CoseCurve curve, Bytes x) {
        if (curve.isEc2()) {
            throw new IllegalArgumentException(curve + " is not an OKP curve");
        }
        if (x.length() != curve.coordinateLength()) {
            throw new MdocFormatException(MdocCode.STRUCTURE_INVALID, -1, "COSE_Key", null, "COSE_Key",
                    "a key of " + curve.coordinateLength() + " bytes");
        }
        return new CoseKey(curve, x, null);
    }

    /**
     * Reads a COSE_Key map.
     *
     * @param item the CBOR data item
     * @param path where this item sits in the structure, for error messages
     * @return the key
     */
    public static CoseKey parse(CborItem item, String path) {
        CborMap map = item.asMap(path);
        long kty = map.require(1, path).asLong(path + ".kty");
        CoseCurve curve = CoseCurve.ofId(map.require(-1, path).asLong(path + ".crv"));
        Bytes x = map.require(-2, path).asBytes(path + ".x");
        if (kty == KTY_EC2 && curve.isEc2()) {
            CborItem yItem = map.require(-3, path);
            if (!(yItem instanceof io.residentid.mdoc.cbor.CborByteString)) {
                // The compressed form (a sign bit) is allowed by COSE but never used in ISO/IEC 18013-5 examples.
                throw new MdocFormatException(MdocCode.UNSUPPORTED_ALGORITHM, -1, path, null, "compressed point");
            }
            return ec2(curve, x, yItem.asBytes(path + ".y"));
        }
        if (kty == KTY_OKP && !curve.isEc2()) {
            return okp(curve, x);
        }
        throw MdocFormatException.structure(path + ".kty", "kty matching crv");
    }

    /** {@return the key as a COSE_Key map (kty, crv, x[, y])} */
    public CborMap toCbor() {
        CborMap.Builder b = CborMap.builder()
                .put(1, CborItem.integer(curve.isEc2() ? KTY_EC2 : KTY_OKP))
                .put(-1, CborItem.integer(curve.id()))
                .put(-2, CborItem.bytes(x));
        if (y != null) {
            b.put(-3, CborItem.bytes(y));
        }
        return b.build();
    }

    /** {@return the curve} */
    public CoseCurve curve() {
        return curve;
    }

    /** {@return the x coordinate (or the OKP public key)} */
    public Bytes x() {
        return x;
    }

    /** {@return the y coordinate; empty for OKP keys} */
    public java.util.Optional<Bytes> y() {
        return java.util.Optional.ofNullable(y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoseKey k && k.curve == curve && k.x.equals(x) && Objects.equals(k.y, y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(curve, x, y);
    }

    @Override
    public String toString() {
        return "CoseKey[" + curve.displayName() + "]";
    }
}

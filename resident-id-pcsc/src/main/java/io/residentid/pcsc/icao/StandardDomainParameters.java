package io.residentid.pcsc.icao;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

import java.util.Map;
import java.util.Optional;

/** The standardized elliptic-curve domain parameters of ICAO 9303-11 Table 6 (ids 8–18). */
final class StandardDomainParameters {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(8, "secp192r1"), Map.entry(9, "brainpoolP192r1"), Map.entry(10, "secp224r1"),
            Map.entry(11, "brainpoolP224r1"), Map.entry(12, "secp256r1"), Map.entry(13, "brainpoolP256r1"),
            Map.entry(14, "brainpoolP320r1"), Map.entry(15, "secp384r1"), Map.entry(16, "brainpoolP384r1"),
            Map.entry(17, "brainpoolP512r1"), Map.entry(18, "secp521r1"));

    private StandardDomainParameters() {
    }

    static boolean isSupported(int id) {
        return NAMES.containsKey(id);
    }

    /** Whether the Integrated Mapping's point encoding (ICAO 9303-11 App. B: needs p ≡ 3 mod 4) works on it. */
    static boolean allowsPointEncoding(int id) {
        if (!isSupported(id)) {
            return false;
        }
        java.math.BigInteger p = curve(id).getCurve().getField().getCharacteristic();
        return p.testBit(0) && p.testBit(1);
    }

    static Optional<String> name(int id) {
        return Optional.ofNullable(NAMES.get(id));
    }

    static X9ECParameters curve(int id) {
        String name = NAMES.get(id);
        if (name == null) {
            throw new IllegalArgumentException("unsupported PACE domain parameter id " + id);
        }
        return ECNamedCurveTable.getByName(name);
    }

    /** The standardized id of a named curve, or -1. */
    static int idOf(String curveName) {
        for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
            if (e.getValue().equalsIgnoreCase(curveName)) {
                return e.getKey();
            }
        }
        return -1;
    }
}

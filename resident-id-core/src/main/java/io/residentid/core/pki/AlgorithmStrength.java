package io.residentid.core.pki;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/** Classifies signature algorithms: broken (MD2/MD4/MD5) always fail, legacy (SHA-1) is tolerated per profile. */
final class AlgorithmStrength {

    static final String BROKEN = "BROKEN";
    static final String LEGACY = "LEGACY";

    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();

    private AlgorithmStrength() {
    }

    /** {@link #BROKEN}, {@link #LEGACY} or {@code null} for acceptable algorithms. */
    static String of(AlgorithmIdentifier algorithm) {
        String name = name(algorithm).toUpperCase(java.util.Locale.ROOT);
        if (name.startsWith("MD2") || name.startsWith("MD4") || name.startsWith("MD5")) {
            return BROKEN;
        }
        if (name.startsWith("SHA1")) {
            return LEGACY;
        }
        return null;
    }

    static String name(AlgorithmIdentifier algorithm) {
        if (algorithm.getAlgorithm().equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            try {
                org.bouncycastle.asn1.pkcs.RSASSAPSSparams params =
                        org.bouncycastle.asn1.pkcs.RSASSAPSSparams.getInstance(algorithm.getParameters());
                return NAMES.getAlgorithmName(params.getHashAlgorithm().getAlgorithm()).replace("-", "")
                        + "WITHRSAANDMGF1";
            } catch (RuntimeException e) {
                return "RSASSA-PSS";
            }
        }
        return NAMES.getAlgorithmName(algorithm.getAlgorithm());
    }
}

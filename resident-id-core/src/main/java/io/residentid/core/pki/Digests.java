package io.residentid.core.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;

/**
 * Message digests by algorithm OID. SHA-1 and SHA-2 come from the JDK, whose implementations use the CPU's SHA
 * instructions where available (several times faster than pure Java on large data groups); any other algorithm
 * comes from Bouncy Castle. The result is the same hash either way.
 */
final class Digests {

    private static final Map<ASN1ObjectIdentifier, String> JDK_NAMES = Map.of(
            OIWObjectIdentifiers.idSHA1, "SHA-1",
            NISTObjectIdentifiers.id_sha224, "SHA-224",
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    private Digests() {
    }

    /** A new digest for {@code algorithm}. */
    static MessageDigest forOid(ASN1ObjectIdentifier algorithm) throws NoSuchAlgorithmException {
        String jdk = JDK_NAMES.get(algorithm);
        if (jdk != null) {
            try {
                return MessageDigest.getInstance(jdk);
            } catch (NoSuchAlgorithmException e) {
                // a JDK without it (restricted providers): fall through to Bouncy Castle
            }
        }
        return MessageDigest.getInstance(algorithm.getId(), Bc.PROVIDER);
    }
}

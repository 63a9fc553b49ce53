package io.residentid.core.pki;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * The LDS Security Object (ICAO 9303-10, 4.6.2): the content signed in EF.SOD, a hash algorithm and one hash per
 * data group.
 *
 * <pre>
 * LDSSecurityObject ::= SEQUENCE {
 *   version                LDSSecurityObjectVersion,
 *   hashAlgorithm          DigestAlgorithmIdentifier,
 *   dataGroupHashValues    SEQUENCE SIZE (2..ub-DataGroups) OF DataGroupHash,
 *   ldsVersionInfo         LDSVersionInfo OPTIONAL }
 * DataGroupHash ::= SEQUENCE { dataGroupNumber INTEGER, dataGroupHashValue OCTET STRING }
 * </pre>
 *
 * @param hashAlgorithm   the digest algorithm
 * @param dataGroupHashes data-group number (1-16) to hash value
 */
public record LdsSecurityObject(AlgorithmIdentifier hashAlgorithm, Map<Integer, byte[]> dataGroupHashes) {

    private static final int MAX_DATA_GROUPS = 16;
    private static final int MAX_BYTES = 64 * 1024;

    public LdsSecurityObject {
        Map<Integer, byte[]> copy = new TreeMap<>();
        dataGroupHashes.forEach((k, v) -> copy.put(k, v.clone()));
        dataGroupHashes = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses the encapsulated content of an EF.SOD.
     *
     * @throws PkiException when it is malformed, too large, or has duplicate or out-of-range data-group numbers
     */
    public static LdsSecurityObject parse(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new PkiException("LDS security object empty or larger than " + MAX_BYTES + " bytes");
        }
        LDSSecurityObject lds = Asn1.parse(content, "LDS security object", LDSSecurityObject::getInstance);
        Map<Integer, byte[]> hashes = new TreeMap<>();
        try {
            for (DataGroupHash hash : lds.getDatagroupHash()) {
                int number = hash.getDataGroupNumber();
                if (number < 1 || number > MAX_DATA_GROUPS || hashes.containsKey(number)) {
                    throw new PkiException("LDS security object has invalid or duplicate data group " + number);
                }
                hashes.put(number, hash.getDataGroupHashValue().getOctets());
            }
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed LDS security object: " + e.getMessage(), e);
        }
        return new LdsSecurityObject(lds.getDigestAlgorithmIdentifier(), hashes);
    }

    /** The hash algorithm's name, e.g. {@code SHA-256}. */
    public String hashAlgorithmName() {
        return new DefaultAlgorithmNameFinder().getAlgorithmName(hashAlgorithm.getAlgorithm());
    }

    /** The stored hash of data group {@code number} (a copy), or {@code null} when absent. */
    public byte[] hashOf(int number) {
        byte[] hash = dataGroupHashes.get(number);
        return hash == null ? null : hash.clone();
    }

    /** Whether data group {@code number} is listed and its stored hash equals the hash of {@code dataGroup}. */
    public boolean matches(int number, byte[] dataGroup) {
        byte[] expected = dataGroupHashes.get(number);
        if (expected == null) {
            return false;
        }
        try {
            MessageDigest digest = Digests.forOid(hashAlgorithm.getAlgorithm());
            return MessageDigest.isEqual(expected, digest.digest(dataGroup));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new PkiException("unsupported LDS hash algorithm " + hashAlgorithm.getAlgorithm(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LdsSecurityObject other) || !hashAlgorithm.equals(other.hashAlgorithm)
                || !dataGroupHashes.keySet().equals(other.dataGroupHashes.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, byte[]> e : dataGroupHashes.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), other.dataGroupHashes.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hashAlgorithm.hashCode() * 31 + dataGroupHashes.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "LdsSecurityObject[" + hashAlgorithmName() + ", dataGroups=" + dataGroupHashes.keySet() + "]";
    }
}

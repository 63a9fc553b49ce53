package io.residentid.core.pki;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
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
 * Immutable; hash values are copied in and out. Not a record on purpose: pki does not depend on core's model
 * package (so no {@code Bytes}), and a record would hand out mutable {@code byte[]} components.
 */
public final class LdsSecurityObject {

    private static final int MAX_DATA_GROUPS = 16;
    private static final int MAX_BYTES = 64 * 1024;

    private final String hashAlgorithmOid;
    private final SortedMap<Integer, byte[]> hashes;

    private LdsSecurityObject(String hashAlgorithmOid, SortedMap<Integer, byte[]> hashes) {
        this.hashAlgorithmOid = hashAlgorithmOid;
        this.hashes = hashes;
    }

    /**
     * Parses the encapsulated content of an EF.SOD.
     *
     * @param content the DER content, as {@link CmsReport#content()} returns it after the signature verified
     * @return the parsed object
     * @throws PkiException when it is malformed, too large, or has duplicate or out-of-range data-group numbers
     */
    public static LdsSecurityObject parse(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new PkiException("LDS security object empty or larger than " + MAX_BYTES + " bytes");
        }
        LDSSecurityObject lds = Asn1.parse(content, "LDS security object", LDSSecurityObject::getInstance);
        SortedMap<Integer, byte[]> hashes = new TreeMap<>();
        String oid;
        try {
            for (DataGroupHash hash : lds.getDatagroupHash()) {
                int number = hash.getDataGroupNumber();
                if (number < 1 || number > MAX_DATA_GROUPS || hashes.containsKey(number)) {
                    throw new PkiException("LDS security object has invalid or duplicate data group " + number);
                }
                hashes.put(number, hash.getDataGroupHashValue().getOctets());
            }
            oid = lds.getDigestAlgorithmIdentifier().getAlgorithm().getId();
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed LDS security object: " + e.getMessage(), e);
        }
        return new LdsSecurityObject(oid, hashes);
    }

    /**
     * {@return the digest algorithm's object identifier in dotted form, e.g. {@code 2.16.840.1.101.3.4.2.1} for
     * SHA-256} Its parameters, absent or NULL for every ICAO digest, are not kept.
     */
    public String hashAlgorithmOid() {
        return hashAlgorithmOid;
    }

    /** {@return the numbers (1-16) of the data groups this object lists, ascending} */
    public SortedSet<Integer> dataGroupNumbers() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(hashes.keySet()));
    }

    /** {@return the hash algorithm's name, e.g. {@code SHA-256}, or the OID when the name is not known} */
    public String hashAlgorithmName() {
        return new DefaultAlgorithmNameFinder().getAlgorithmName(new ASN1ObjectIdentifier(hashAlgorithmOid));
    }

    /**
     * The stored hash of one data group.
     *
     * @param number the data-group number (1-16)
     * @return a copy of the hash, or empty when the object does not list that data group
     */
    public Optional<byte[]> hashOf(int number) {
        byte[] hash = hashes.get(number);
        return hash == null ? Optional.empty() : Optional.of(hash.clone());
    }

    /**
     * Whether a data group is listed and its stored hash equals the hash of its bytes as read.
     *
     * @param number    the data-group number (1-16)
     * @param dataGroup the data group's bytes exactly as read from the chip
     * @return {@code true} when listed and equal
     * @throws PkiException when the hash algorithm is not supported
     */
    public boolean matches(int number, byte[] dataGroup) {
        byte[] expected = hashes.get(number);
        if (expected == null) {
            return false;
        }
        try {
            MessageDigest digest = Digests.forOid(new ASN1ObjectIdentifier(hashAlgorithmOid));
            return MessageDigest.isEqual(expected, digest.digest(dataGroup));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new PkiException("unsupported LDS hash algorithm " + hashAlgorithmOid, e);
        }
    }

    /** Equal when the algorithm and every data group's hash are equal. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LdsSecurityObject other) || !hashAlgorithmOid.equals(other.hashAlgorithmOid)
                || !hashes.keySet().equals(other.hashes.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, byte[]> e : hashes.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.hashes.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hashAlgorithmOid.hashCode() * 31 + hashes.keySet().hashCode();
    }

    /** {@return the algorithm and the listed data-group numbers (no hash values)} */
    @Override
    public String toString() {
        return "LdsSecurityObject[" + hashAlgorithmName() + ", dataGroups=" + hashes.keySet() + "]";
    }
}

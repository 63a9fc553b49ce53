package io.residentid.emulator;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signed LDS security objects (the content of an EF.SOD, ICAO 9303-10 §4.6.2) for emulated chips, demos and
 * benchmarks: SHA-256 hashes of the data groups, signed by a document signer.
 */
public final class SecurityObjects {

    // id-icao-mrtd-security-ldsSecurityObject
    private static final ASN1ObjectIdentifier LDS_SECURITY_OBJECT = new ASN1ObjectIdentifier("2.23.136.1.1.1");

    private SecurityObjects() {
    }

    /**
     * The CMS SignedData over an LDS security object (version 0) of the data groups.
     *
     * @param dataGroups the data groups' contents by number (1 for DG1 …), in the order they are listed
     * @param signerKeys the document signer's key pair (EC or RSA)
     * @param signer     the document signer's certificate, included in the CMS
     * @return the DER encoding of the CMS ContentInfo
     */
    public static byte[] sign(Map<Integer, byte[]> dataGroups, KeyPair signerKeys, X509CertificateHolder signer) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            DataGroupHash[] hashes = new DataGroupHash[dataGroups.size()];
            int i = 0;
            for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
                hashes[i++] = new DataGroupHash(group.getKey(), new DEROctetString(sha256.digest(group.getValue())));
            }
            LDSSecurityObject so = new LDSSecurityObject(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    hashes);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(IssuerCredentials.BC).build())
                    .build(new JcaContentSignerBuilder(IssuerCredentials.signatureAlgorithm(signerKeys.getPrivate()))
                            .setProvider(IssuerCredentials.BC).build(signerKeys.getPrivate()), signer));
            gen.addCertificate(signer);
            return gen.generate(new CMSProcessableByteArray(LDS_SECURITY_OBJECT, so.getEncoded("DER")), true)
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("EF.SOD signing failed", e);
        }
    }
}

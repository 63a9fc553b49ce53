package io.residentid.core.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Reads X.509 certificates with Bouncy Castle (so explicit-parameter EC keys load), from DER or PEM. Input sizes are
 * bounded: one certificate at most {@value #MAX_CERTIFICATE_BYTES} bytes, one file at most
 * {@value #MAX_FILE_BYTES} bytes and {@value #MAX_CERTIFICATES_PER_FILE} certificates.
 */
public final class Certificates {

    /** Largest accepted encoded certificate. */
    public static final int MAX_CERTIFICATE_BYTES = 64 * 1024;
    /** Largest accepted certificate file (PEM bundles). */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** Most certificates accepted from one file. */
    public static final int MAX_CERTIFICATES_PER_FILE = 10_000;

    private static final String PEM_BEGIN = "-----BEGIN ";
    private static final String PEM_END = "-----END ";

    private Certificates() {
    }

    /**
     * Parses exactly one DER-encoded certificate.
     *
     * @param der the certificate's DER encoding
     * @return the certificate, checked to be decodable throughout
     * @throws PkiException if the bytes are not one well-formed certificate or exceed the size bound
     */
    public static X509CertificateHolder parseDer(byte[] der) {
        if (der == null || der.length == 0) {
            throw new PkiException("empty certificate");
        }
        if (der.length > MAX_CERTIFICATE_BYTES) {
            throw new PkiException("certificate larger than " + MAX_CERTIFICATE_BYTES + " bytes");
        }
        Certificate structure = Asn1.parse(der, "certificate", Certificate::getInstance);
        X509CertificateHolder holder;
        try {
            holder = new X509CertificateHolder(structure);
        } catch (RuntimeException e) {
            throw new PkiException("malformed certificate: " + e.getMessage(), e);
        }
        checkDecodable(holder);
        return holder;
    }

    /**
     * Rejects a certificate whose names or extensions Bouncy Castle cannot work with (e.g. an INTEGER where a DN
     * attribute value or an OID belongs), so that nothing the SDK later does with the returned holder (printing,
     * comparing, validating) meets a raw Bouncy Castle exception.
     */
    static void checkDecodable(X509CertificateHolder holder) {
        try {
            Names.requireWellFormed(holder.getSubject());
            Names.requireWellFormed(holder.getIssuer());
            if (holder.getExtensions() != null) {
                for (org.bouncycastle.asn1.ASN1ObjectIdentifier oid : holder.getExtensions().getExtensionOIDs()) {
                    holder.getExtensions().getExtension(oid).getParsedValue();
                }
            }
            holder.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
            holder.getNotBefore();
            holder.getNotAfter();
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed certificate: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    e);
        }
    }

    /**
     * Parses one or more certificates: a single DER certificate, or PEM text with any number of
     * {@code CERTIFICATE} blocks (other PEM blocks are skipped).
     *
     * @param data DER or PEM bytes
     * @return the certificates in input order, at least one
     * @throws PkiException if nothing parses, a block is malformed, or bounds are exceeded
     */
    public static List<X509CertificateHolder> parseAll(byte[] data) {
        if (data == null || data.length == 0) {
            throw new PkiException("empty certificate input");
        }
        if (data.length > MAX_FILE_BYTES) {
            throw new PkiException("certificate input larger than " + MAX_FILE_BYTES + " bytes");
        }
        List<byte[]> pem = pemBlocks(data, "CERTIFICATE");
        if (pem == null) {
            return List.of(parseDer(data));
        }
        if (pem.isEmpty()) {
            throw new PkiException("no CERTIFICATE block in PEM input");
        }
        List<X509CertificateHolder> out = new ArrayList<>(pem.size());
        for (byte[] der : pem) {
            out.add(parseDer(der));
        }
        return List.copyOf(out);
    }

    /**
     * Parses exactly one certificate, DER or PEM.
     *
     * @param data DER or PEM bytes
     * @return the certificate
     * @throws PkiException when the input is malformed, too large, or holds more or fewer than one certificate
     */
    public static X509CertificateHolder parse(byte[] data) {
        List<X509CertificateHolder> all = parseAll(data);
        if (all.size() != 1) {
            throw new PkiException("expected one certificate, found " + all.size());
        }
        return all.get(0);
    }

    /**
     * Reads all certificates of a DER or PEM file.
     *
     * @param file the file
     * @return the certificates in file order, at least one
     * @throws PkiException when the file cannot be read, is too large or is malformed
     */
    public static List<X509CertificateHolder> read(Path file) {
        return parseAll(readBounded(file, MAX_FILE_BYTES));
    }

    /**
     * Bridges from the JDK certificate type, e.g. from a {@code KeyStore} or a TLS session, with the same checks as
     * {@link #parseDer}.
     *
     * @param certificate a JDK certificate
     * @return the Bouncy Castle holder this package works with
     * @throws PkiException when the certificate cannot be encoded or is malformed
     */
    public static X509CertificateHolder fromJdk(X509Certificate certificate) {
        if (certificate == null) {
            throw new PkiException("no certificate");
        }
        try {
            return parseDer(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new PkiException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * Bridges to the JDK certificate type (decoded by Bouncy Castle, so explicit-parameter EC keys work).
     *
     * @param certificate a certificate of this package
     * @return the same certificate as a JDK {@link X509Certificate}
     * @throws PkiException when the certificate cannot be converted
     */
    public static X509Certificate toJdk(X509CertificateHolder certificate) {
        if (certificate == null) {
            throw new PkiException("no certificate");
        }
        try {
            return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(certificate);
        } catch (CertificateException | RuntimeException e) {
            throw new PkiException("certificate cannot be converted: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate's public key as a JDK key, e.g. for {@link RawSignatures} (explicit EC parameters supported).
     *
     * @param certificate the certificate
     * @return its subject public key
     * @throws PkiException when the key cannot be used
     */
    public static PublicKey publicKey(X509CertificateHolder certificate) {
        if (certificate == null) {
            throw new PkiException("no certificate");
        }
        try {
            return RawSignatures.publicKey(certificate.getSubjectPublicKeyInfo().getEncoded());
        } catch (IOException e) {
            throw new PkiException("public key cannot be encoded: " + e.getMessage(), e);
        }
    }

    static byte[] readBounded(Path file, long max) {
        try {
            long size = Files.size(file);
            if (size > max) {
                throw new PkiException(file.getFileName() + ": larger than " + max + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PkiException(file.getFileName() + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Base64 bodies of the PEM blocks with the given label, or {@code null} when the input is not PEM text.
     */
    static List<byte[]> pemBlocks(byte[] data, String label) {
        if (data.length == 0) {
            return null;
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        if (!text.contains(PEM_BEGIN)) {
            return null; // DER (or garbage the DER parser will reject)
        }
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int begin = text.indexOf(PEM_BEGIN, from);
            if (begin < 0) {
                return out;
            }
            int labelEnd = text.indexOf("-----", begin + PEM_BEGIN.length());
            if (labelEnd < 0) {
                throw new PkiException("truncated PEM header");
            }
            String blockLabel = text.substring(begin + PEM_BEGIN.length(), labelEnd).trim();
            int end = text.indexOf(PEM_END + blockLabel, labelEnd);
            if (end < 0) {
                throw new PkiException("PEM block " + blockLabel + " has no END line");
            }
            if (blockLabel.equals(label) || (label.equals("CERTIFICATE") && blockLabel.equals("X509 CERTIFICATE"))) {
                String body = text.substring(labelEnd + 5, end).replaceAll("\\s", "");
                try {
                    out.add(Base64.getDecoder().decode(body));
                } catch (IllegalArgumentException e) {
                    throw new PkiException("PEM block " + blockLabel + " is not valid base64", e);
                }
                if (out.size() > MAX_CERTIFICATES_PER_FILE) {
                    throw new PkiException("more than " + MAX_CERTIFICATES_PER_FILE + " PEM blocks");
                }
            }
            from = end + PEM_END.length();
        }
    }
}

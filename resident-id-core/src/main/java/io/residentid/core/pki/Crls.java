package io.residentid.core.pki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;

/** Reads X.509 CRLs (DER or PEM), at most {@value #MAX_CRL_BYTES} bytes each. */
public final class Crls {

    /** Largest accepted CRL. */
    public static final int MAX_CRL_BYTES = 10 * 1024 * 1024;

    private Crls() {
    }

    /**
     * Parses one or more CRLs: a DER CRL, or PEM text with {@code X509 CRL} blocks.
     *
     * @param data DER or PEM bytes
     * @return the CRLs in input order, at least one
     * @throws PkiException when the input is malformed or too large
     */
    public static List<X509CRLHolder> parseAll(byte[] data) {
        if (data == null || data.length == 0) {
            throw new PkiException("empty CRL input");
        }
        if (data.length > MAX_CRL_BYTES * 2L) {
            throw new PkiException("CRL input larger than " + MAX_CRL_BYTES * 2L + " bytes");
        }
        List<byte[]> pem = Certificates.pemBlocks(data, "X509 CRL");
        if (pem == null) {
            return List.of(parseDer(data));
        }
        if (pem.isEmpty()) {
            throw new PkiException("no X509 CRL block in PEM input");
        }
        List<X509CRLHolder> out = new ArrayList<>();
        for (byte[] der : pem) {
            out.add(parseDer(der));
        }
        return List.copyOf(out);
    }

    /**
     * Parses one DER-encoded CRL.
     *
     * @param der the CRL's DER encoding
     * @return the CRL, its entries and issuer name checked to be decodable
     * @throws PkiException when the input is malformed or too large
     */
    public static X509CRLHolder parseDer(byte[] der) {
        if (der == null || der.length == 0) {
            throw new PkiException("empty CRL");
        }
        if (der.length > MAX_CRL_BYTES) {
            throw new PkiException("CRL larger than " + MAX_CRL_BYTES + " bytes");
        }
        CertificateList list = Asn1.parse(der, "CRL", CertificateList::getInstance);
        try {
            X509CRLHolder holder = new X509CRLHolder(list);
            holder.getRevokedCertificates();
            // An issuer name BC cannot compare would throw later, when the CRL is matched to its issuer.
            Names.requireWellFormed(holder.getIssuer());
            return holder;
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed CRL: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the CRLs of a DER or PEM file.
     *
     * @param file the file
     * @return the CRLs in file order, at least one
     * @throws PkiException when the file cannot be read, is too large or is malformed
     */
    public static List<X509CRLHolder> read(Path file) {
        return parseAll(Certificates.readBounded(file, MAX_CRL_BYTES * 2L));
    }
}

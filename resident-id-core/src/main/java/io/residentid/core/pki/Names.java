package io.residentid.core.pki;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/** RFC 5280 7.1 name comparison: BC's equality, but with the RDN order significant. */
final class Names {

    private Names() {
    }

    /**
     * Throws {@link PkiException} unless every attribute of {@code name} is a type OID with a value that RFC 4514
     * printing and RFC 5280 comparison can handle.
     */
    static void requireWellFormed(X500Name name) {
        try {
            requireStructure(name);
            name.toString();
            name.hashCode();
            name.equals(X500Name.getInstance(name.getEncoded()));
        } catch (PkiException e) {
            throw e;
        } catch (java.io.IOException | RuntimeException e) {
            throw new PkiException("malformed name: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    /**
     * The cheap part of {@link #requireWellFormed}, done for every certificate that enters validation: each RDN is a
     * set of (OID, value) pairs. Throws {@link PkiException} otherwise.
     */
    static void requireStructure(X500Name name) {
        try {
            for (RDN rdn : name.getRDNs()) {
                for (org.bouncycastle.asn1.x500.AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                    if (atv.getType() == null || atv.getValue() == null) {
                        throw new PkiException("malformed name: attribute without a type or value");
                    }
                }
            }
            // Canonicalises every value (e.g. decodes UTF8String) once; BC caches the result for later lookups.
            name.hashCode();
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed name: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    static boolean same(X500Name a, X500Name b) {
        if (a == b || a.toASN1Primitive().equals(b.toASN1Primitive())) {
            return true; // identical encodings: the common case, without string canonicalisation
        }
        if (!a.equals(b)) {
            return false;
        }
        RDN[] x = a.getRDNs();
        RDN[] y = b.getRDNs();
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i]) && !new X500Name(new RDN[] {x[i]}).equals(new X500Name(new RDN[] {y[i]}))) {
                return false;
            }
        }
        return true;
    }
}

package io.residentid.core.pki;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/** RFC 5280 7.1 name comparison: BC's equality, but with the RDN order significant. */
final class Names {

    private Names() {
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

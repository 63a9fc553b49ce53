package io.residentid.core.pki;

import java.util.function.Function;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;

/** Bounded, exception-safe DER parsing: BC's runtime exceptions become {@link PkiException}. */
final class Asn1 {

    private Asn1() {
    }

    static <T> T parse(byte[] der, String what, Function<Object, T> getInstance) {
        ASN1Primitive primitive = primitive(der, what);
        try {
            T value = getInstance.apply(primitive);
            if (value == null) {
                throw new PkiException("malformed " + what);
            }
            return value;
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed " + what + ": " + e.getMessage(), e);
        }
    }

    static ASN1Primitive primitive(byte[] der, String what) {
        // The limit stops BC from allocating buffers for absurd declared lengths.
        try (ASN1InputStream in = new ASN1InputStream(der, true)) {
            ASN1Primitive primitive = in.readObject();
            if (primitive == null) {
                throw new PkiException("empty " + what);
            }
            if (in.available() > 0) {
                throw new PkiException("trailing data after " + what);
            }
            return primitive;
        } catch (PkiException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new PkiException("malformed " + what + ": " + e.getMessage(), e);
        }
    }
}

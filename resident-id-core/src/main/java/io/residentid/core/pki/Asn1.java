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
        // Parsed eagerly (not lazily): a lazily parsed sequence throws BC's raw ASN1ParsingException from whatever
        // later touches it (printing a name, comparing extensions), long after parse() returned (issue 11 item 12).
        // The stream's limit is the input length, so absurd declared lengths allocate nothing.
        try (ASN1InputStream in = new ASN1InputStream(der)) {
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

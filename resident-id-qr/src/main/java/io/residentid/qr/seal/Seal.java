package io.residentid.qr.seal;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded seal. Nothing in it is trusted until a {@link SealVerifier} says so: decode answers "what does it say",
 * verify answers "who said it".
 *
 * @param format                the kind of seal
 * @param documentType          the catalogue name of the document type ({@code UNKNOWN} when not in the catalogue)
 * @param baseDocumentType      for profile-based types (TR-03171), the VDS type the profile extends; else empty
 * @param version               the VDS header version byte, the IDB version digit, or the VDS-NC {@code v}
 * @param issuingCountry        the issuing country (trailing fillers removed)
 * @param signerIdentifier      VDS: country and signer (e.g. {@code UTTS}); empty for IDB and VDS-NC
 * @param certificateReference  VDS: the certificate reference as written; IDB: 5 bytes as hex; VDS-NC: empty
 * @param issueDate             the document issue date (VDS)
 * @param signatureDate         the signature creation date (VDS, IDB when fully known)
 * @param featureReference      VDS document feature definition reference, IDB flag character, or -1
 * @param typeCategory          VDS document type category, or -1
 * @param features              the features in the order read
 * @param signedData            the exact bytes the signature covers
 * @param signature             the signature (r&#8214;s); empty when unsigned
 * @param digest                the hash the format names (IDB, VDS-NC), or empty when the key size decides (VDS)
 * @param embeddedCertificate   the signer certificate carried in the seal (IDB, VDS-NC), DER
 * @param decodeFindings        warnings met while decoding (legacy lengths, non-standard versions)
 * @param payload               the binary seal (VDS bytes, IDB payload after base32 and inflation, VDS-NC JSON)
 */
public record Seal(SealFormat format, String documentType, Optional<String> baseDocumentType, int version,
                   String issuingCountry, String signerIdentifier, String certificateReference,
                   Optional<LocalDate> issueDate, Optional<LocalDate> signatureDate, int featureReference,
                   int typeCategory, List<SealFeature> features, Bytes signedData, Bytes signature,
                   Optional<String> digest, Optional<Bytes> embeddedCertificate, List<Finding> decodeFindings,
                   Bytes payload) {

    /**
     * Checks and copies the fields.
     *
     * @param format the kind of seal
     * @param documentType the catalogue name of the document type ({@code UNKNOWN} when not in the catalogue)
     * @param baseDocumentType for profile-based types (TR-03171), the VDS type the profile extends; else empty
     * @param version the VDS header version byte, the IDB version digit, or the VDS-NC {@code v}
     * @param issuingCountry the issuing country (trailing fillers removed)
     * @param signerIdentifier VDS: country and signer (e.g. {@code UTTS}); empty for IDB and VDS-NC
     * @param certificateReference VDS: the certificate reference as written; IDB: 5 bytes as hex; VDS-NC: empty
     * @param issueDate the document issue date (VDS)
     * @param signatureDate the signature creation date (VDS, IDB when fully known)
     * @param featureReference VDS document feature definition reference, IDB flag character, or -1
     * @param typeCategory VDS document type category, or -1
     * @param features the features in the order read
     * @param signedData the exact bytes the signature covers
     * @param signature the signature (r&#8214;s); empty when unsigned
     * @param digest the hash the format names (IDB, VDS-NC), or empty when the key size decides (VDS)
     * @param embeddedCertificate the signer certificate carried in the seal (IDB, VDS-NC), DER
     * @param decodeFindings warnings met while decoding (legacy lengths, non-standard versions)
     * @param payload the binary seal (VDS bytes, IDB payload after base32 and inflation, VDS-NC JSON)
     */
    public Seal {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(documentType, "documentType");
        features = List.copyOf(features);
        decodeFindings = List.copyOf(decodeFindings);
    }

    /** {@return whether the seal carries a signature} */
    public boolean isSigned() {
        return !signature.isEmpty();
    }

    /** {@return the signer reference as one text: signer identifier and certificate reference ({@code UTTS5B})} */
    public String signerReference() {
        return signerIdentifier + certificateReference;
    }

    /**
     * Every feature with nested ones expanded after their parent, named {@code PARENT.CHILD}
     * (e.g. {@code VISA.MRZ_MRVA} in an IDB visa).
     *
     * @return all features in encoding order, nested messages flattened
     */
    public List<SealFeature> flatFeatures() {
        List<SealFeature> out = new ArrayList<>();
        for (SealFeature f : features) {
            out.add(f);
            for (SealFeature c : f.children()) {
                out.add(new SealFeature(f.name() + "." + c.name(), c.tag(), c.coding(), c.raw(), c.value(),
                        c.metadata()));
            }
        }
        return out;
    }

    /**
     * {@return the first feature with this name (nested ones as {@code PARENT.CHILD})}
     *
     * @param name the feature name
     */
    public Optional<SealFeature> feature(String name) {
        return flatFeatures().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Never prints feature values or signatures. */
    @Override
    public String toString() {
        return "Seal[" + format + ", " + documentType + ", " + issuingCountry + ", signer " + signerReference()
                + ", " + features.size() + " features, " + (isSigned() ? "signed" : "unsigned") + "]";
    }
}

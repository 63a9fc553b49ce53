package io.residentid.mdoc.vical;

import io.residentid.mdoc.internal.Crypto;
import io.residentid.core.model.Bytes;
import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborDecoder;
import io.residentid.mdoc.cose.CoseSign1;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Verifies a VICAL (ISO/IEC 18013-5 Annex C): a COSE_Sign1 whose payload is the list, signed by the VICAL signer in
 * {@code x5chain}, which must chain to a trusted VICAL anchor (core path validator). The list is read only after
 * the signature and the chain verified; a malformed signed list is a finding, unreadable outer CBOR the documented
 * exception. Thread-safe.
 */
public final class VicalVerifier {
    private final CertificatePathValidator validator;

    private VicalVerifier(CertificatePathValidator validator) {
        this.validator = validator;
    }

    /**
     * {@return a verifier trusting {@code anchors} for VICAL signers}
     *
     * @param anchors the trusted VICAL signer roots
     */
    public static VicalVerifier trusting(TrustStore anchors) {
        return new VicalVerifier(CertificatePathValidator.builder().trustStore(anchors).build());
    }

    /**
     * {@return a verifier with an integrator-configured path validator}
     *
     * @param validator the validator
     */
    public static VicalVerifier withValidator(CertificatePathValidator validator) {
        return new VicalVerifier(Objects.requireNonNull(validator, "validator"));
    }

    /**
     * Verifies the encoded VICAL COSE_Sign1 at {@code at}.
     *
     * @param vical the encoded COSE_Sign1
     * @param at the time the verification is made for
     * @return the report, with the VICAL when it verified
     */
    public VicalReport verify(Bytes vical, Instant at) {
        CoseSign1 sign1 = CoseSign1.parse(CborDecoder.strict().decode(vical), "VICAL");
        List<Finding> findings = new ArrayList<>();
        List<Bytes> chain = sign1.x5chain("VICAL");
        if (chain.isEmpty() || sign1.payload().isEmpty()) {
            return invalid(findings, "no signer certificate or payload");
        }
        X509CertificateHolder signer;
        List<X509CertificateHolder> rest = new ArrayList<>();
        boolean ok;
        try {
            signer = Crypto.derCertificate(chain.get(0).toByteArray());
            for (int i = 1; i < chain.size(); i++) {
                rest.add(Crypto.derCertificate(chain.get(i).toByteArray()));
            }
            ok = sign1.verify(PublicKeyFactory.createKey(signer.getSubjectPublicKeyInfo()), null, "VICAL");
        } catch (java.io.IOException | RuntimeException e) {
            return invalid(findings, "unreadable signer certificate");
        }
        if (!ok) {
            return invalid(findings, "signature");
        }
        ValidationReport path = validator.validate(signer, rest, at);
        if (!path.isValid()) {
            findings.addAll(path.errors());
            return invalid(findings, "signer chain " + path.verdict());
        }
        try {
            Vical list = Vical.parse(sign1.payload().orElseThrow());
            if (list.nextUpdate().isPresent() && at.isAfter(list.nextUpdate().get())) {
                findings.add(MdocCode.VICAL_INVALID.finding(io.residentid.core.report.Severity.WARNING,
                        "past nextUpdate"));
            }
            return new VicalReport(Verdict.VALID, findings, Optional.of(list));
        } catch (MdocFormatException e) {
            return invalid(findings, e.path().orElse("VICAL"));
        }
    }

    private static VicalReport invalid(List<Finding> findings, String reason) {
        findings.add(0, MdocCode.VICAL_INVALID.finding(reason));
        return new VicalReport(Verdict.INVALID, findings, Optional.empty());
    }
}

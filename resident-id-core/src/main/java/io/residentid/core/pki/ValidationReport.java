package io.residentid.core.pki;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Report;
import io.residentid.core.report.Severity;
import io.residentid.core.report.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The outcome of a certificate path validation: a verdict, the chain that was used (target first, trust anchor
 * last; empty when no chain reached an anchor) and coded findings (see {@link PathCode}).
 *
 * @param verdict  VALID when a path to a trust anchor was found and every check passed (warnings allowed), INVALID
 *                 when a check failed, INDETERMINATE when nothing failed but the result could not be established
 *                 (revocation unknown, limits reached)
 * @param chain    the certificates of the evaluated path, target first
 * @param findings every observation, errors and warnings
 */
public record ValidationReport(Verdict verdict, List<X509CertificateHolder> chain, List<Finding> findings)
        implements Report {

    /** Name attributes that identify a person: their values are masked in {@link #toString()}. */
    private static final Set<ASN1ObjectIdentifier> PERSONAL = Set.of(BCStyle.SERIALNUMBER, BCStyle.UID,
            BCStyle.E, BCStyle.GIVENNAME, BCStyle.SURNAME, BCStyle.PSEUDONYM, BCStyle.DATE_OF_BIRTH, BCStyle.NAME,
            BCStyle.INITIALS);

    /**
     * Checks the components and takes immutable copies.
     *
     * @param verdict  the overall outcome
     * @param chain    the evaluated path, target first
     * @param findings every observation
     */
    public ValidationReport {
        Objects.requireNonNull(verdict, "verdict");
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
    }

    /** {@return the findings of severity ERROR} */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * The certificate a path finding is about.
     *
     * @param finding a finding of this report
     * @return the certificate's subject DN, or empty text for path-level findings
     */
    public static String certificateOf(Finding finding) {
        return finding.arguments().isEmpty() ? "" : String.valueOf(finding.arguments().get(0));
    }

    /**
     * The verdict, the chain's subjects (personal name attributes masked; the target's common name too, since an
     * end-entity certificate may name a person) and the finding codes. Never prints certificate contents.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ValidationReport[").append(verdict).append(", chain=[");
        for (int i = 0; i < chain.size(); i++) {
            if (i > 0) {
                sb.append(" <- ");
            }
            sb.append(maskedSubject(chain.get(i).getSubject(), i == 0 && chain.size() > 1));
        }
        sb.append("], findings=[");
        for (int i = 0; i < findings.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(findings.get(i).severity()).append(' ').append(findings.get(i).code());
        }
        return sb.append("]]").toString();
    }

    /** First character and last two kept, the rest starred (like model.Masking; pki must not depend on model). */
    private static String masked(String value) {
        int n = value.length();
        return n <= 3 ? "*".repeat(n) : value.charAt(0) + "*".repeat(n - 3) + value.substring(n - 2);
    }

    /** A subject DN with the values of personal attributes masked. */
    static String maskedSubject(X500Name subject, boolean endEntity) {
        StringBuilder sb = new StringBuilder();
        try {
            for (RDN rdn : subject.getRDNs()) {
                for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                    if (sb.length() > 0) {
                        sb.append(',');
                    }
                    ASN1ObjectIdentifier type = atv.getType();
                    String key = BCStyle.INSTANCE.oidToDisplayName(type);
                    String value = String.valueOf(atv.getValue());
                    boolean personal = PERSONAL.contains(type) || (endEntity && BCStyle.CN.equals(type));
                    sb.append(key == null ? type.getId() : key).append('=')
                            .append(personal ? masked(value) : value);
                }
            }
        } catch (RuntimeException e) {
            return "(unprintable name)"; // a name BC decoded but cannot print: say so, do not fail in toString
        }
        return sb.toString();
    }

    /**
     * The latest {@code notBefore} of the chain's certificates: before it, some certificate of this chain is not yet
     * valid, so a cached verdict must not be reused.
     *
     * @return the start of the window in which every certificate of the chain is valid; {@link Instant#MIN} for an
     *         empty chain
     */
    public Instant chainValidFrom() {
        Instant from = Instant.MIN;
        for (X509CertificateHolder c : chain) {
            Instant notBefore = c.getNotBefore().toInstant();
            from = notBefore.isAfter(from) ? notBefore : from;
        }
        return from;
    }

    /**
     * The earliest {@code notAfter} of the chain's certificates: after it, some certificate of this chain has expired.
     *
     * @return the end of the window in which every certificate of the chain is valid; {@link Instant#MAX} for an
     *         empty chain
     */
    public Instant chainValidTo() {
        Instant to = Instant.MAX;
        for (X509CertificateHolder c : chain) {
            Instant notAfter = c.getNotAfter().toInstant();
            to = notAfter.isBefore(to) ? notAfter : to;
        }
        return to;
    }
}

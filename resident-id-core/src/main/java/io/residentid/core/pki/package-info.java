/**
 * Certificates, trust and signatures for identity documents: RFC 5280 path validation with revocation, CMS
 * (EF.SOD, master lists) and raw card signatures. Everything works on Bouncy Castle certificate holders, never throws
 * Bouncy Castle exceptions (malformed input gives {@link io.residentid.core.pki.PkiException}) and reports outcomes
 * as coded {@link io.residentid.core.report.Report}s.
 *
 * <h2>Where to start</h2>
 * <ul>
 *   <li><b>Validate a certificate chain:</b> load anchors and certificates with
 *       {@link io.residentid.core.pki.Certificates}, put the anchors in a {@link io.residentid.core.pki.TrustStore},
 *       configure a {@link io.residentid.core.pki.CertificatePathValidator} (choose a
 *       {@link io.residentid.core.pki.PurposeProfile}) and read the
 *       {@link io.residentid.core.pki.ValidationReport}; its findings carry {@link io.residentid.core.pki.PathCode}s.</li>
 *   <li><b>Verify CMS signed data</b> (an EF.SOD, a signed file):
 *       {@link io.residentid.core.pki.CmsVerifier} gives a {@link io.residentid.core.pki.CmsReport}; parse a
 *       verified EF.SOD's content with {@link io.residentid.core.pki.LdsSecurityObject} and compare data-group
 *       hashes.</li>
 *   <li><b>Load a master list</b> (ICAO CSCA master list): {@link io.residentid.core.pki.MasterList#parse}, then
 *       {@link io.residentid.core.pki.MasterList#toTrustStore} with an anchor trusted independently of the list
 *       (a CSCA inside a list cannot vouch for the list that carries it).</li>
 *   <li><b>Check revocation:</b> choose a {@link io.residentid.core.pki.RevocationPolicy} on the validator's builder
 *       and give it CRLs ({@link io.residentid.core.pki.Crls}), a {@link io.residentid.core.pki.CrlFetcher} (e.g.
 *       {@link io.residentid.core.pki.CachingCrlFetcher}) or an {@link io.residentid.core.pki.OcspClient}
 *       ({@link io.residentid.core.pki.OcspVerifier} over a {@link io.residentid.core.pki.PkiTransport}). Revocation
 *       is checked as part of path validation, after the path itself is valid.</li>
 *   <li><b>Card challenge-response</b> (chip or active authentication): {@link io.residentid.core.pki.RawSignatures}.</li>
 * </ul>
 *
 * <p>Implementation classes (path building, the RFC 5280 checks, CRL selection, name and policy processing) are
 * package-private; every public type here is supported API.
 */
package io.residentid.core.pki;

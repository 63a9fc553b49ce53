package io.residentid.core.pki;

import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An {@link OcspClient} that asks the responder named in the certificate's authorityInfoAccess (or a configured
 * one) through a {@link PkiTransport}, and accepts an answer only when it is signed by the issuing CA itself or by
 * a delegated responder certificate issued by that CA with id-kp-OCSPSigning, matches the certificate, echoes the
 * nonce (when the responder returns one) and is fresh ({@code thisUpdate}/{@code nextUpdate} with clock skew).
 */
public final class OcspVerifier implements OcspClient {

    /**
     * The outcome of evaluating one OCSP response.
     *
     * @param status the revocation status established, UNKNOWN when the response could not be relied on
     * @param detail a short English reason (why UNKNOWN, or the revocation time), for logs and findings
     */
    public record Result(Status status, String detail) {
    }

    private final PkiTransport transport;
    private final URI responder;
    private final Duration skew;
    private final Duration maxAge;
    private final boolean nonce;
    private final SecureRandom random = new SecureRandom();

    private OcspVerifier(Builder b) {
        this.transport = b.transport;
        this.responder = b.responder;
        this.skew = b.skew;
        this.maxAge = b.maxAge;
        this.nonce = b.nonce;
    }

    /** {@return a new builder; set a transport before asking responders} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Status status(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant time) {
        URI url = responder != null ? responder : responderUrl(certificate);
        if (url == null || transport == null) {
            return Status.UNKNOWN;
        }
        byte[] requestNonce = null;
        if (nonce) {
            requestNonce = new byte[16];
            random.nextBytes(requestNonce);
        }
        byte[] request = buildRequest(certificate, issuer, requestNonce);
        byte[] response = transport.post(url, "application/ocsp-request", request, OcspResponses.MAX_BYTES);
        return evaluate(response, certificate, issuer, time, requestNonce).status();
    }

    /**
     * Where to ask about a certificate.
     *
     * @param certificate the certificate
     * @return the first http(s) OCSP responder URL of its authorityInfoAccess, or {@code null} when there is none
     */
    public static URI responderUrl(X509CertificateHolder certificate) {
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.fromExtensions(certificate.getExtensions());
            if (aia == null) {
                return null;
            }
            for (AccessDescription d : aia.getAccessDescriptions()) {
                GeneralName name = d.getAccessLocation();
                if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                        && name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String url = GeneralNameSyntax.text(name);
                    if (url.regionMatches(true, 0, "http", 0, 4)) {
                        return URI.create(url);
                    }
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A DER OCSP request for one certificate (CertID with SHA-1, as RFC 5019 requires).
     *
     * @param certificate the certificate asked about
     * @param issuer      its issuer (name and key hashes of the CertID)
     * @param nonce       a nonce to include, or {@code null}
     * @return the DER request
     * @throws PkiException when the request cannot be built
     */
    public static byte[] buildRequest(X509CertificateHolder certificate, X509CertificateHolder issuer, byte[] nonce) {
        try {
            OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(certificateId(issuer,
                    certificate.getSerialNumber()));
            if (nonce != null) {
                builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                        false, new DEROctetString(new DEROctetString(nonce).getEncoded()))));
            }
            return builder.build().getEncoded();
        } catch (Exception e) {
            throw new PkiException("cannot build OCSP request: " + e.getMessage(), e);
        }
    }

    static CertificateID certificateId(X509CertificateHolder issuer, BigInteger serial) throws Exception {
        return new CertificateID(digests().get(CertificateID.HASH_SHA1), issuer, serial);
    }

    private static DigestCalculatorProvider digests() throws Exception {
        return new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build();
    }

    /**
     * Evaluates a DER OCSP response for {@code certificate} at {@code time}: signature and responder
     * authorisation, matching CertID, freshness and nonce.
     *
     * @param response     the DER response
     * @param certificate  the certificate asked about
     * @param issuer       its issuer, which signs the response or authorises the responder
     * @param time         the validation time the response must be fresh at
     * @param requestNonce the nonce sent, or {@code null}
     * @return the status with a short reason
     * @throws PkiException when the response is malformed
     */
    public Result evaluate(byte[] response, X509CertificateHolder certificate, X509CertificateHolder issuer,
                           Instant time, byte[] requestNonce) {
        try {
            return evaluateParsed(response, certificate, issuer, time, requestNonce);
        } catch (PkiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PkiException("malformed OCSP response: " + e.getMessage(), e);
        }
    }

    private Result evaluateParsed(byte[] response, X509CertificateHolder certificate, X509CertificateHolder issuer,
                                  Instant time, byte[] requestNonce) {
        OCSPResp resp = OcspResponses.parse(response);
        if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
            return new Result(Status.UNKNOWN, "responder status " + resp.getStatus());
        }
        BasicOCSPResp basic;
        try {
            basic = (BasicOCSPResp) resp.getResponseObject();
        } catch (Exception e) {
            throw new PkiException("malformed OCSP response: " + e.getMessage(), e);
        }
        String signer = signerProblem(basic, issuer, time);
        if (signer != null) {
            return new Result(Status.UNKNOWN, signer);
        }
        if (requestNonce != null) {
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed != null && !Arrays.equals(DEROctetString.getInstance(echoed.getParsedValue()).getOctets(),
                    requestNonce)) {
                return new Result(Status.UNKNOWN, "nonce mismatch");
            }
        }
        for (SingleResp single : basic.getResponses()) {
            if (!matches(single.getCertID(), issuer, certificate.getSerialNumber())) {
                continue;
            }
            Instant thisUpdate = single.getThisUpdate().toInstant();
            if (thisUpdate.isAfter(time.plus(skew))) {
                return new Result(Status.UNKNOWN, "thisUpdate in the future");
            }
            Instant nextUpdate = single.getNextUpdate() == null ? thisUpdate.plus(maxAge)
                    : single.getNextUpdate().toInstant();
            if (nextUpdate.isBefore(time.minus(skew))) {
                return new Result(Status.UNKNOWN, "stale response");
            }
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) {
                return new Result(Status.GOOD, "good");
            }
            if (status instanceof RevokedStatus revoked) {
                return revoked.getRevocationTime().toInstant().isAfter(time) ? new Result(Status.GOOD, "revoked later")
                        : new Result(Status.REVOKED, "revoked");
            }
            return new Result(Status.UNKNOWN, "responder does not know the certificate");
        }
        return new Result(Status.UNKNOWN, "no response for this certificate");
    }

    private static boolean matches(CertificateID id, X509CertificateHolder issuer, BigInteger serial) {
        try {
            return id.getSerialNumber().equals(serial) && id.matchesIssuer(issuer, digests());
        } catch (Exception e) {
            return false;
        }
    }

    /** Null when the response is signed by the CA or an authorised delegated responder; else the reason. */
    private static String signerProblem(BasicOCSPResp basic, X509CertificateHolder issuer, Instant time) {
        List<X509CertificateHolder> candidates = new ArrayList<>();
        candidates.add(issuer);
        candidates.addAll(Arrays.asList(basic.getCerts()));
        String problem = "response not signed by the CA or an authorised responder";
        for (X509CertificateHolder candidate : candidates) {
            boolean isCa = candidate == issuer || candidate.getSubjectPublicKeyInfo()
                    .equals(issuer.getSubjectPublicKeyInfo());
            if (!isCa) {
                ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(candidate.getExtensions());
                if (eku == null || !eku.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
                    problem = "delegated responder lacks id-kp-OCSPSigning";
                    continue;
                }
                if (!candidate.getIssuer().equals(issuer.getSubject())
                        || !SignatureChecks.verify(candidate, issuer.getSubjectPublicKeyInfo())) {
                    problem = "delegated responder not issued by the CA";
                    continue;
                }
                if (!candidate.isValidOn(java.util.Date.from(time))) {
                    problem = "delegated responder certificate not valid";
                    continue;
                }
            }
            try {
                if (basic.isSignatureValid(SignatureChecks.provider(candidate.getSubjectPublicKeyInfo()))) {
                    return null;
                }
            } catch (Exception e) {
                problem = "response signature invalid";
            }
        }
        return problem;
    }

    /** Configures an OCSP verifier. */
    public static final class Builder {
        private PkiTransport transport;
        private URI responder;
        private Duration skew = Duration.ofMinutes(5);
        private Duration maxAge = Duration.ofHours(24);
        private boolean nonce = true;

        private Builder() {
        }

        /**
         * How requests are sent (required for {@link OcspVerifier#status}).
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(PkiTransport transport) {
            this.transport = Objects.requireNonNull(transport);
            return this;
        }

        /**
         * A fixed responder URL instead of the certificate's authorityInfoAccess.
         *
         * @param url the responder, or {@code null} to use each certificate's own
         * @return this builder
         */
        public Builder responder(URI url) {
            this.responder = url;
            return this;
        }

        /**
         * Tolerated clock difference (default 5 minutes).
         *
         * @param skew the tolerance either way
         * @return this builder
         */
        public Builder clockSkew(Duration skew) {
            this.skew = Objects.requireNonNull(skew);
            return this;
        }

        /**
         * How long a response without nextUpdate stays fresh (default 24 hours).
         *
         * @param maxAge the freshness window after thisUpdate
         * @return this builder
         */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = Objects.requireNonNull(maxAge);
            return this;
        }

        /**
         * Whether a nonce is sent (default yes).
         *
         * @param nonce {@code true} to send and require a matching nonce
         * @return this builder
         */
        public Builder nonce(boolean nonce) {
            this.nonce = nonce;
            return this;
        }

        /** {@return the immutable, thread-safe verifier} */
        public OcspVerifier build() {
            return new OcspVerifier(this);
        }
    }
}

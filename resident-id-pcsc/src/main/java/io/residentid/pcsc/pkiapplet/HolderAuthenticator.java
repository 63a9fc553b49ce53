package io.residentid.pcsc.pkiapplet;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.pki.ValidationReport;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.pin.PinPolicy;
import io.residentid.pcsc.pin.PinResult;
import io.residentid.pcsc.pin.PinService;
import io.residentid.pcsc.transport.ApduChannel;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.io.ByteArrayOutputStream;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Holder authentication with a card's PKI applet: read the authentication certificate, verify the PIN under the
 * smart-card layer's PIN rules (never retried; the last try only when the policy allows it), have the card sign a
 * fresh verifier challenge (INTERNAL AUTHENTICATE), verify the signature with the certificate's key and the
 * certificate's chain to a trusted national CA (profile {@link PurposeProfile#CARD_AUTHENTICATION}).
 *
 * <pre>{@code
 * HolderAuthenticator auth = HolderAuthenticator.builder().trustStore(nationalCas).build();
 * HolderAuthenticationResult r = auth.authenticate(channel, pin); // wipe pin afterwards
 * }</pre>
 *
 * After a chip read under PACE or BAC, pass the read's secure channel ({@code ChipSession.channel()}): the PIN then
 * travels encrypted, never in clear.
 */
public final class HolderAuthenticator {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final int CHALLENGE_LENGTH = 32;
    private static final int MAX_CERTIFICATE = 8192;
    /**
     * READ BINARY block: 223 bytes keep a response within a short APDU also when the channel is under secure
     * messaging (after a chip read, see {@code ChipReader.readAndKeepSession}).
     */
    private static final int BLOCK = 0xDF;

    private final PkiAppletProfile profile;
    private final TrustStore trustStore;
    private final PinPolicy pinPolicy;
    private final Clock clock;
    private final SecureRandom random;

    private HolderAuthenticator(Builder b) {
        this.profile = b.profile;
        this.trustStore = b.trustStore;
        this.pinPolicy = b.pinPolicy;
        this.clock = b.clock;
        this.random = b.random;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs holder authentication. The PIN array is not modified; the caller wipes it.
     *
     * @throws io.residentid.pcsc.transport.CardTransportException when the card is unreachable
     * @param channel the channel to the card (preferably a chip session's secure channel)
     * @param pin the holder's PIN
     * @return the outcome, with the certificate's subject when authenticated
     */
    public HolderAuthenticationResult authenticate(ApduChannel channel, char[] pin) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(pin, "pin");
        ResponseApdu select = channel.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, profile.aid().toByteArray()));
        if (select.sw() != 0x9000) {
            return result(HolderAuthenticationResult.Status.UNAVAILABLE, null, -1, List.of());
        }
        byte[] der = readFile(channel, profile.authenticationCertFile());
        X509CertificateHolder certificate;
        try {
            // Through the SDK's parser: a certificate with malformed names is refused here (PkiException), not
            // later as a raw Bouncy Castle exception from getSubject().toString() or validation.
            certificate = der == null ? null : io.residentid.core.pki.Certificates.parseDer(der);
        } catch (Exception e) {
            certificate = null;
        }
        if (certificate == null) {
            return result(HolderAuthenticationResult.Status.UNAVAILABLE, null, -1, List.of());
        }
        String subject = certificate.getSubject().toString();
        PinResult pinResult = new PinService(channel, pinPolicy).verify(profile.pin(), pin);
        switch (pinResult.status()) {
            case SUCCESS -> {
            }
            case WRONG_PIN -> {
                return result(HolderAuthenticationResult.Status.PIN_REJECTED, subject, pinResult.triesLeft(),
                        List.of());
            }
            case BLOCKED -> {
                return result(HolderAuthenticationResult.Status.PIN_BLOCKED, subject, 0, List.of());
            }
            case TRIES_UNKNOWN_REFUSED -> {
                return result(HolderAuthenticationResult.Status.TRIES_UNKNOWN_REFUSED, subject, -1, List.of());
            }
            default -> {
                return result(HolderAuthenticationResult.Status.LAST_ATTEMPT_REFUSED, subject, 1, List.of());
            }
        }
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        ResponseApdu signed = channel.transmit(CommandApdu.of(0x00, 0x88, 0x00, 0x00, challenge, 256));
        if (signed.sw() != 0x9000) {
            return result(HolderAuthenticationResult.Status.UNAVAILABLE, subject, -1, List.of());
        }
        if (!verifySignature(certificate, challenge, signed.data())) {
            return result(HolderAuthenticationResult.Status.SIGNATURE_INVALID, subject, -1, List.of());
        }
        if (trustStore == null) {
            return result(HolderAuthenticationResult.Status.CHAIN_INDETERMINATE, subject, -1, List.of());
        }
        ValidationReport chain = CertificatePathValidator.builder().trustStore(trustStore)
                .purpose(PurposeProfile.CARD_AUTHENTICATION).build()
                .validate(certificate, List.of(), clock.instant());
        return switch (chain.verdict()) {
            case VALID -> result(HolderAuthenticationResult.Status.AUTHENTICATED, subject, -1, chain.findings());
            case INVALID -> result(HolderAuthenticationResult.Status.CHAIN_INVALID, subject, -1, chain.findings());
            default -> result(HolderAuthenticationResult.Status.CHAIN_INDETERMINATE, subject, -1, chain.findings());
        };
    }

    private static HolderAuthenticationResult result(HolderAuthenticationResult.Status status, String subject,
            int tries, List<io.residentid.core.report.Finding> findings) {
        return new HolderAuthenticationResult(status, Optional.ofNullable(subject), tries, findings);
    }

    private static boolean verifySignature(X509CertificateHolder certificate, byte[] challenge, byte[] signature) {
        try {
            PublicKey key = new JcaX509CertificateConverter().setProvider(BC).getCertificate(certificate)
                    .getPublicKey();
            String algorithm = "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            Signature s = Signature.getInstance(algorithm, BC);
            s.initVerify(key);
            s.update(challenge);
            return s.verify(signature);
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] readFile(ApduChannel channel, int fid) {
        ResponseApdu select = channel.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C,
                new byte[] {(byte) (fid >>> 8), (byte) fid}));
        if (select.sw() != 0x9000) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < MAX_CERTIFICATE) {
            int offset = out.size();
            ResponseApdu r = channel.transmit(CommandApdu.of(0x00, 0xB0, offset >>> 8, offset & 0xFF, null, BLOCK));
            if (r.sw() != 0x9000 && r.sw() != 0x6282) {
                break;
            }
            out.writeBytes(r.data());
            if (r.nr() < BLOCK || r.sw() == 0x6282) {
                break;
            }
        }
        return out.size() == 0 ? null : out.toByteArray();
    }

    /** Builder of a {@link HolderAuthenticator}. */
    public static final class Builder {
        private PkiAppletProfile profile = PkiAppletProfile.resident();
        private TrustStore trustStore;
        private PinPolicy pinPolicy = PinPolicy.standard();
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();

        private Builder() {
        }

        /**
         * Where the applet keeps its things (default: the emulated resident card).
         *
         * @param profile where the applet keeps its things
         * @return this builder
         */
        public Builder profile(PkiAppletProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Trusted national CAs for the certificate chain.
         *
         * @param trustStore trusted national CAs for the certificate chain
         * @return this builder
         */
        public Builder trustStore(TrustStore trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        /**
         * PIN policy (default: refuse the last try).
         *
         * @param policy PIN policy
         * @return this builder
         */
        public Builder pinPolicy(PinPolicy policy) {
            this.pinPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Clock for certificate validity.
         *
         * @param clock clock for certificate validity
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Randomness for the challenge.
         *
         * @param random randomness for the challenge
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** {@return the authenticator} */
        public HolderAuthenticator build() {
            return new HolderAuthenticator(this);
        }
    }
}

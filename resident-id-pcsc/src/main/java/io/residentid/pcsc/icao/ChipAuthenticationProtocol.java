package io.residentid.pcsc.icao;

import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import io.residentid.pcsc.apdu.CommandApdu;
import io.residentid.pcsc.apdu.ResponseApdu;
import io.residentid.pcsc.sm.SecureMessagingChannel;
import io.residentid.pcsc.sm.SecureMessagingException;
import io.residentid.pcsc.sm.SessionKeys;
import io.residentid.pcsc.sm.SmCipher;
import io.residentid.pcsc.tlv.Tlv;
import io.residentid.pcsc.transport.ApduChannel;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chip authentication with ECDH (ICAO 9303-11 §6.2): an ephemeral key against the chip's static key from DG14,
 * new session keys from the shared secret, and the proof that the chip holds the private key — its next response
 * authenticates under the new keys. TDES uses MSE:Set KAT; AES uses MSE:Set AT and GENERAL AUTHENTICATE.
 */
final class ChipAuthenticationProtocol {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** The status and the channel to use from now on (re-keyed on success, the old one otherwise). */
    record Outcome(Optional<Verdict> status, SecureMessagingChannel channel) {
    }

    private ChipAuthenticationProtocol() {
    }

    /**
     * Runs chip authentication over {@code sm}; on success {@code sm} is closed and the returned channel speaks the
     * new keys over {@code wire}.
     *
     * @throws SecureMessagingException when the secure channel breaks (the read cannot go on)
     */
    static Outcome perform(SecureMessagingChannel sm, ApduChannel wire, Dg14 dg14, SecureRandom random,
            List<Finding> findings) {
        SecurityInfos infos = dg14.securityInfos();
        Optional<ChipAuthenticationInfo> info = infos.chipAuthenticationInfos().stream()
                .filter(i -> i.isEcdh() && i.cipher().isPresent()).findFirst();
        Optional<ChipAuthenticationPublicKey> publicKey = infos.chipAuthenticationPublicKeys().stream()
                .filter(ChipAuthenticationPublicKey::isEcdh).findFirst();
        if (info.isEmpty() || publicKey.isEmpty()) {
            boolean offered = !infos.chipAuthenticationInfos().isEmpty()
                    || !infos.chipAuthenticationPublicKeys().isEmpty();
            findings.add(offered ? ChipFindingCode.CA_UNSUPPORTED.finding() : ChipFindingCode.CA_NOT_OFFERED.finding());
            return new Outcome(Optional.empty(), sm);
        }
        byte[] k = null;
        SecureMessagingChannel current = sm;
        try {
            ECPublicKey chipKey = (ECPublicKey) KeyFactory.getInstance("EC", BC)
                    .generatePublic(new X509EncodedKeySpec(publicKey.get().subjectPublicKeyInfo().toByteArray()));
            ECParameterSpec params = chipKey.getParameters();
            BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, params.getN().subtract(BigInteger.ONE),
                    random);
            byte[] ephemeral = params.getG().multiply(d).normalize().getEncoded(false);
            ECPoint shared = chipKey.getQ().multiply(d).normalize();
            k = shared.getAffineXCoord().getEncoded();
            SmCipher cipher = info.get().cipher().orElseThrow();
            ResponseApdu r;
            if (cipher == SmCipher.TDES) {
                r = sm.transmit(CommandApdu.of(0x00, 0x22, 0x41, 0xA6, Tlv.encode(0x91, ephemeral)));
            } else {
                byte[] oid = new ASN1ObjectIdentifier(info.get().protocol()).getEncoded();
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                Tlv.write(data, 0x80, oid, 2, oid.length - 2);
                if (info.get().keyId().isPresent()) {
                    Tlv.write(data, 0x84, BigInteger.valueOf(info.get().keyId().getAsInt()).toByteArray());
                }
                r = sm.transmit(CommandApdu.of(0x00, 0x22, 0x41, 0xA4, data.toByteArray()));
                if (r.sw() == 0x9000) {
                    r = sm.transmit(CommandApdu.of(0x00, 0x86, 0x00, 0x00,
                            Tlv.encode(0x7C, Tlv.encode(0x80, ephemeral)), 256));
                }
            }
            if (r.sw() != 0x9000) {
                findings.add(ChipFindingCode.CA_FAILED.finding());
                return new Outcome(Optional.of(Verdict.INVALID), sm);
            }
            SessionKeys keys = SessionKeys.derive(cipher, k);
            sm.close();
            SecureMessagingChannel rekeyed = new SecureMessagingChannel(wire, keys);
            current = rekeyed;
            keys.destroy();
            // The chip proves it holds the private key when its next response authenticates under the new keys.
            ResponseApdu probe = rekeyed.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x01, 0x1E}));
            return new Outcome(Optional.of(probe.sw() == 0x9000 ? Verdict.VALID : Verdict.INVALID), rekeyed);
        } catch (SecureMessagingException e) {
            findings.add(ChipFindingCode.CA_FAILED.finding());
            throw e;
        } catch (Exception e) {
            findings.add(ChipFindingCode.CA_FAILED.finding());
            return new Outcome(Optional.of(Verdict.INVALID), current);
        } finally {
            if (k != null) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }
}

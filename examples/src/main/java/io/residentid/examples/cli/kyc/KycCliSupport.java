package io.residentid.examples.cli.kyc;

import com.nimbusds.jose.jwk.ECKey;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.kyc.EvidenceRecord;
import io.residentid.kyc.KycException;
import io.residentid.kyc.KycPolicy;
import io.residentid.kyc.KycTrust;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What the {@code kyc} commands share: reading trust, policy and keys, and turning coded errors into one line. */
final class KycCliSupport {

    static final Messages MESSAGES = Messages.forPackageOf(KycCliSupport.class);

    private KycCliSupport() {
    }

    /** Runs {@code action}; a {@link KycException} becomes a usage error with its localized message. */
    static <T> T coded(CliOutput out, Path file, Supplier<T> action) {
        try {
            return action.get();
        } catch (KycException e) {
            String where = file == null ? "" : file + ": ";
            throw CliException.usage(where + e.message(out.locale()) + e.path().map(p -> " (" + p + ")").orElse(""));
        }
    }

    static KycTrust.Builder trust(CliOutput out, List<Path> masterLists, List<Path> cscas, List<Path> crls) {
        KycTrust.Builder b = KycTrust.builder();
        for (Path p : masterLists) {
            byte[] data = CliFiles.read(out, p, 16L << 20);
            coded(out, p, () -> b.masterList(data, p.getFileName().toString()));
        }
        for (Path p : cscas) {
            CliFiles.read(out, p, 16L << 20);
            coded(out, p, () -> b.cscaFile(p));
        }
        for (Path p : crls) {
            CliFiles.read(out, p, 16L << 20);
            coded(out, p, () -> b.crlFile(p));
        }
        return b;
    }

    static TrustList qrTrust(CliOutput out, Path file) {
        try {
            return TrustList.parse(CliFiles.read(out, file, TrustList.MAX_BYTES));
        } catch (TrustListException e) {
            throw CliException.usage(out.text(MESSAGES, "kyc.qrTrust.invalid", file, out.reason(e)));
        }
    }

    static KycPolicy policy(CliOutput out, Path file) {
        if (file == null) {
            return KycPolicy.defaultPolicy();
        }
        byte[] json = CliFiles.read(out, file, KycPolicy.MAX_BYTES);
        return coded(out, file, () -> KycPolicy.parse(json));
    }

    /** Verifies an evidence record file with the bank's public key file; nothing of the record is read before. */
    static EvidenceRecord.Verification verifyRecord(CliOutput out, Path record, Path publicKeyFile) {
        ECKey publicKey = key(out, publicKeyFile, false).toPublicJWK();
        String jws = new String(CliFiles.read(out, record, EvidenceRecord.MAX_CHARS), StandardCharsets.US_ASCII);
        return coded(out, record, () -> EvidenceRecord.verify(jws, publicKey));
    }

    static ECKey key(CliOutput out, Path file, boolean requirePrivate) {
        byte[] json = CliFiles.read(out, file, EvidenceRecord.MAX_KEY_BYTES);
        return coded(out, file, () -> EvidenceRecord.parseKey(json, requirePrivate));
    }
}

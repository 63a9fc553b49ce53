package io.residentid.examples.cli.qr;

import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.qr.trust.SigningKey;
import io.residentid.qr.trust.TrustList;
import io.residentid.qr.trust.TrustListException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Key and trust-list files for the qr commands: bounded reads, one-line usage errors. */
final class QrFiles {

    static final Messages MESSAGES = Messages.forPackageOf(QrFiles.class);

    private QrFiles() {
    }

    static SigningKey signingKey(CliOutput out, Path file) {
        try {
            return SigningKey.parse(new String(CliFiles.read(out, file, 4096), StandardCharsets.UTF_8));
        } catch (TrustListException e) {
            throw CliException.usage(out.text(MESSAGES, "qr.key.invalid", file, out.reason(e)));
        }
    }

    static TrustList signedTrustList(CliOutput out, Path file, Path signerKey) {
        io.residentid.qr.trust.IssuerKey pinned = publicKey(out, signerKey);
        try {
            return TrustList.parseSigned(new String(CliFiles.read(out, file, TrustList.MAX_BYTES * 2L), StandardCharsets.US_ASCII), pinned);
        } catch (TrustListException e) {
            throw CliException.usage(out.text(MESSAGES, "qr.trust.invalid", file, out.reason(e)));
        }
    }

    /** The public part of a JWK file (public or private), as an active key. */
    static io.residentid.qr.trust.IssuerKey publicKey(CliOutput out, Path file) {
        String json = new String(CliFiles.read(out, file, 4096), StandardCharsets.UTF_8);
        try {
            return publicPart(json);
        } catch (RuntimeException e) { // includes TrustListException
            throw CliException.usage(out.text(MESSAGES, "qr.key.invalid", file, out.reason(e)));
        }
    }

    /** A private key file gives its public key; anything else is read as a public JWK. */
    private static io.residentid.qr.trust.IssuerKey publicPart(String json) {
        try {
            return SigningKey.parse(json).issuerKey();
        } catch (io.residentid.qr.trust.TrustListException notPrivate) {
            return io.residentid.qr.trust.IssuerKey.parse(json, io.residentid.qr.trust.KeyStatus.ACTIVE, null);
        }
    }

    static TrustList trustList(CliOutput out, Path file) {
        try {
            return TrustList.parse(CliFiles.read(out, file, TrustList.MAX_BYTES));
        } catch (TrustListException e) {
            throw CliException.usage(out.text(MESSAGES, "qr.trust.invalid", file, out.reason(e)));
        }
    }
}

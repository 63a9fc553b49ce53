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
            throw CliException.usage(out.text(MESSAGES, "qr.key.invalid", file, e.getMessage()));
        }
    }

    static TrustList signedTrustList(CliOutput out, Path file, Path signerKey) {
        io.residentid.qr.trust.IssuerKey pinned = publicKey(out, signerKey);
        try {
            return TrustList.parseSigned(new String(CliFiles.read(out, file, TrustList.MAX_BYTES * 2L), StandardCharsets.US_ASCII), pinned);
        } catch (TrustListException e) {
            throw CliException.usage(out.text(MESSAGES, "qr.trust.invalid", file, e.getMessage()));
        }
    }

    /** The public part of a JWK file (public or private), as an active key. */
    static io.residentid.qr.trust.IssuerKey publicKey(CliOutput out, Path file) {
        String json = new String(CliFiles.read(out, file, 4096), StandardCharsets.UTF_8);
        try {
            com.nimbusds.jose.jwk.JWK jwk = com.nimbusds.jose.jwk.JWK.parse(json).toPublicJWK();
            return io.residentid.qr.trust.IssuerKey.of(jwk, io.residentid.qr.trust.KeyStatus.ACTIVE, null);
        } catch (java.text.ParseException | RuntimeException e) { // includes TrustListException
            throw CliException.usage(out.text(MESSAGES, "qr.key.invalid", file, e.getMessage()));
        }
    }

    static TrustList trustList(CliOutput out, Path file) {
        try {
            return TrustList.parse(CliFiles.read(out, file, TrustList.MAX_BYTES));
        } catch (TrustListException e) {
            throw CliException.usage(out.text(MESSAGES, "qr.trust.invalid", file, e.getMessage()));
        }
    }
}

package io.residentid.examples.cli.qr;

import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import io.residentid.qr.format.SignatureAlgorithm;
import io.residentid.qr.trust.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qr keygen --out issuer.jwk [--alg ES256|EdDSA]}: writes a private JWK, prints the public one. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate an issuer key: the private JWK goes to --out, the public JWK is printed.")
final class QrKeygenCommand extends CliCommand {

    /** The accepted --alg values. */
    enum Alg { ES256, EdDSA }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the private JWK.")
    Path out;

    @Option(names = "--alg", paramLabel = "ES256|EdDSA", defaultValue = "ES256",
            description = "Signature algorithm (default ES256).")
    Alg alg;

    @Option(names = "--force", description = "Overwrite --out if it exists (default: refuse).")
    boolean force;

    @Override
    public Integer call() {
        CliOutput output = output();
        SigningKey key = SigningKey.generate(alg == Alg.EdDSA ? SignatureAlgorithm.EDDSA : SignatureAlgorithm.ES256);
        // Owner-only (0600), never over an existing key unless --force: a private key is not an ordinary output file.
        CliFiles.writePrivate(output, out, (key.toPrivateJson() + "\n").getBytes(StandardCharsets.UTF_8), force);
        output.json(key.publicJwk().toMap());
        return ExitCodes.OK;
    }
}

package io.residentid.examples.cli.pki;

import io.residentid.core.pki.CertificatePathValidator;
import io.residentid.core.pki.Crls;
import io.residentid.core.pki.PurposeProfile;
import io.residentid.core.pki.RevocationPolicy;
import io.residentid.core.pki.ValidationReport;
import io.residentid.examples.cli.CliCommand;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.ExitCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resident-id pki validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a certificate path (RFC 5280) to trust anchors. Exit 0 only when VALID.")
final class ValidateCommand extends CliCommand {

    @Option(names = "--anchor", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Trusted certificates: PEM/DER files, folders or PKCS#12 key stores (.p12/.pfx).")
    List<Path> anchors;

    @Option(names = "--p12-password-file", paramLabel = "FILE",
            description = "File whose first line is the password of PKCS#12 anchors (default: the RESIDENT_ID_P12_PASSWORD variable, else none).")
    Path p12PasswordFile;

    @Option(names = "--intermediate", arity = "1..*", paramLabel = "FILE", description = "Untrusted intermediates.")
    List<Path> intermediates;

    @Option(names = "--cert", required = true, paramLabel = "FILE",
            description = "The certificate to validate (further certificates in the file are intermediates).")
    Path cert;

    @Option(names = "--crl", arity = "1..*", paramLabel = "FILE",
            description = "CRLs; when given, revocation is checked and missing CRLs make the result INDETERMINATE.")
    List<Path> crls;

    @Mixin
    ValidationTimeOption validationTime;

    @Option(names = "--purpose", paramLabel = "PROFILE", defaultValue = "ANY",
            description = "CSCA, DOCUMENT_SIGNER, CARD_AUTHENTICATION, SIGNATURE, QR_ISSUER or ANY (default).")
    PurposeProfile purpose;

    @Option(names = "--eku", arity = "1..*", paramLabel = "serverAuth|clientAuth|OID",
            description = "Required extended key usages (one of them must be present when the target lists any).")
    List<String> ekus;

    @Option(names = "--max-depth", paramLabel = "N", description = "Maximum number of intermediates.")
    Integer maxDepth;

    record Result(String status, List<PkiCommand.FindingJson> findings, List<String> chain) {
    }

    @Override
    public Integer call() {
        CliOutput out = output();
        List<X509CertificateHolder> targetFile = PkiCommand.certificates(out, cert);
        List<X509CertificateHolder> pool = new ArrayList<>(targetFile.subList(1, targetFile.size()));
        for (Path file : PkiCommand.orEmpty(intermediates)) {
            pool.addAll(PkiCommand.certificates(out, file));
        }
        CertificatePathValidator.Builder builder = CertificatePathValidator.builder()
                .trustStore(PkiCommand.anchors(out, anchors, p12PasswordFile)).purpose(purpose);
        List<String> usages = new ArrayList<>();
        for (String eku : ekus == null ? List.<String>of() : ekus) {
            usages.add(eku(out, eku).getId());
        }
        builder.extendedKeyUsages(usages);
        if (maxDepth != null) {
            if (maxDepth < 0) {
                throw CliException.usage(out.text(PkiCommand.MESSAGES, "pki.badDepth", maxDepth));
            }
            builder.maxIntermediates(maxDepth);
        }
        List<X509CRLHolder> crlList = new ArrayList<>();
        for (Path file : PkiCommand.orEmpty(crls)) {
            crlList.addAll(PkiCommand.read(out, file, () -> Crls.read(file)));
        }
        if (!crlList.isEmpty()) {
            builder.crls(crlList).revocation(RevocationPolicy.crl(true));
        }
        ValidationReport report = builder.build().validate(targetFile.get(0), pool, validationTime.instant(out));
        out.json(new Result(report.verdict().name(), PkiCommand.findings(report.findings(), out.locale()),
                report.chain().stream().map(c -> c.getSubject().toString()).toList()));
        return report.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static ASN1ObjectIdentifier eku(CliOutput out, String name) {
        switch (name) {
            case "serverAuth": return KeyPurposeId.id_kp_serverAuth.toOID();
            case "clientAuth": return KeyPurposeId.id_kp_clientAuth.toOID();
            case "codeSigning": return KeyPurposeId.id_kp_codeSigning.toOID();
            case "emailProtection": return KeyPurposeId.id_kp_emailProtection.toOID();
            case "timeStamping": return KeyPurposeId.id_kp_timeStamping.toOID();
            case "OCSPSigning": return KeyPurposeId.id_kp_OCSPSigning.toOID();
            default:
                if (ASN1ObjectIdentifier.tryFromID(name) == null) {
                    throw CliException.usage(out.text(PkiCommand.MESSAGES, "pki.badEku", name));
                }
                return new ASN1ObjectIdentifier(name);
        }
    }
}

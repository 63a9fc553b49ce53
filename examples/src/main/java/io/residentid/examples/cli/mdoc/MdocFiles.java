package io.residentid.examples.cli.mdoc;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.JsonFormatException;
import io.residentid.core.json.StrictJson;
import io.residentid.core.model.Bytes;
import io.residentid.core.pki.Certificates;
import io.residentid.core.pki.PkiException;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/** Reading the mdoc commands' input files: CBOR (binary or hex text), reader keys (JWK or PKCS#8 PEM), IACAs. */
final class MdocFiles {
    static final Messages MESSAGES = Messages.forPackageOf(MdocFiles.class);
    static final long MAX_CBOR_FILE = 16L << 20;

    private MdocFiles() {
    }

    /** A CBOR file as bytes: hex text (whitespace ignored) when it reads as hex, the raw bytes otherwise. */
    static Bytes cbor(CliOutput out, Path file) {
        byte[] raw = CliFiles.read(out, file, MAX_CBOR_FILE);
        String text = new String(raw, StandardCharsets.ISO_8859_1).replaceAll("\\s+", "");
        if (!text.isEmpty() && text.length() % 2 == 0 && text.matches("[0-9a-fA-F]+")) {
            return Bytes.of(HexFormat.of().parseHex(text));
        }
        return Bytes.of(raw);
    }

    /** The reader's ephemeral private key from a JWK (EC/OKP with d) or a PKCS#8 PEM. */
    static MdocKeyPair readerKey(CliOutput out, Path file) {
        byte[] raw = CliFiles.read(out, file, 64 * 1024);
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        try {
            if (text.startsWith("{")) {
                JsonNode jwk = StrictJson.parse(text);
                CoseCurve curve = CoseCurve.ofName(jwk.path("crv").asText());
                if (!curve.isEc2() || !jwk.hasNonNull("d")) {
                    throw CliException.usage(out.text(MESSAGES, "mdoc.key.invalid", file));
                }
                byte[] d = Base64.getUrlDecoder().decode(jwk.get("d").asText());
                try {
                    MdocKeyPair key = MdocKeyPair.ofPrivateScalar(curve, d);
                    if (jwk.hasNonNull("x") && !Arrays.equals(Base64.getUrlDecoder().decode(jwk.get("x").asText()),
                            key.publicKey().x().toByteArray())) {
                        throw CliException.usage(out.text(MESSAGES, "mdoc.key.invalid", file));
                    }
                    return key;
                } finally {
                    Arrays.fill(d, (byte) 0);
                }
            }
            String b64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s+", "");
            byte[] der = Base64.getDecoder().decode(b64);
            try {
                return MdocKeyPair.fromPkcs8(der);
            } finally {
                Arrays.fill(der, (byte) 0);
            }
        } catch (MdocFormatException | JsonFormatException | IllegalArgumentException e) {
            throw CliException.usage(out.text(MESSAGES, "mdoc.key.invalid", file));
        }
    }

    /** The IACA roots from PEM or DER files. */
    static TrustStore iacas(CliOutput out, List<Path> files) {
        List<X509CertificateHolder> certs = new ArrayList<>();
        for (Path f : files) {
            try {
                certs.addAll(Certificates.parseAll(CliFiles.read(out, f, Certificates.MAX_FILE_BYTES)));
            } catch (PkiException | IllegalArgumentException e) {
                throw CliException.usage(out.text(MESSAGES, "mdoc.iaca.invalid", f));
            }
        }
        if (certs.isEmpty()) {
            throw CliException.usage(out.text(MESSAGES, "mdoc.iaca.none"));
        }
        return TrustStore.of(certs);
    }

    /** The documented exception as a one-line usage error in the chosen language. */
    static CliException unreadable(CliOutput out, String what, MdocFormatException e) {
        return CliException.usage(out.text(MESSAGES, "mdoc.unreadable", what, e.code(), e.message(out.locale())));
    }
}

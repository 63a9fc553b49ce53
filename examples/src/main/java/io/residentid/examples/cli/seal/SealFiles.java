package io.residentid.examples.cli.seal;

import io.residentid.core.model.Bytes;
import io.residentid.core.pki.MasterList;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Messages;
import io.residentid.examples.cli.CliException;
import io.residentid.examples.cli.CliFiles;
import io.residentid.examples.cli.CliOutput;
import io.residentid.qr.seal.Seal;
import io.residentid.qr.seal.SealDecoder;
import io.residentid.qr.seal.SealException;
import io.residentid.qr.seal.SealFeature;
import io.residentid.qr.seal.SealImages;
import io.residentid.qr.seal.SealReport;
import io.residentid.qr.seal.SealVerifier;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import picocli.CommandLine.Option;

/** Seal input (text, hex or image), certificate and key files, and the JSON shape of a decoded seal. */
final class SealFiles {

    static final Messages MESSAGES = Messages.forPackageOf(SealFiles.class);

    private SealFiles() {
    }

    /** The exclusive {@code --text | --hex | --image} input. */
    static final class Input {
        @Option(names = "--text", paramLabel = "TEXT", description = "The seal as scanned text (IDB RDB1…, VDS-NC JSON).")
        String text;

        @Option(names = "--hex", paramLabel = "HEX", description = "The binary VDS in hex.")
        String hex;

        @Option(names = "--image", paramLabel = "FILE", description = "A PNG/JPEG image holding the DataMatrix or QR code.")
        Path image;

        /** Verifies verify-before-parse: the features are decoded only once the signature verifies. */
        SealReport verify(CliOutput out, SealVerifier verifier, Instant time) {
            try {
                if (image != null) {
                    String scanned = SealImages.read(CliFiles.read(out, image, SealImages.MAX_IMAGE_BYTES));
                    return verifier.verifyText(scanned, time);
                }
                if (hex != null) {
                    String clean = hex.replaceAll("\\s", "");
                    if (clean.isEmpty() || clean.length() > 2 * SealDecoder.MAX_SEAL_BYTES
                            || !clean.matches("[0-9a-fA-F]*") || clean.length() % 2 != 0) {
                        return verifier.verify(SealDecoder.standard().decodeHex(clean), time);
                    }
                    return verifier.verify(HexFormat.of().parseHex(clean), time);
                }
                return verifier.verifyText(text, time);
            } catch (SealException e) {
                throw invalid(out, e);
            }
        }

        private static CliException invalid(CliOutput out, SealException e) {
            String where = e.offset().isPresent() ? " @" + e.offset().getAsLong() : "";
            return CliException.usage(out.text(MESSAGES, "seal.input.invalid", e.code() + where,
                    e.message(out.locale())));
        }

        Seal decode(CliOutput out) {
            try {
                if (image != null) {
                    String scanned = SealImages.read(CliFiles.read(out, image, SealImages.MAX_IMAGE_BYTES));
                    return SealDecoder.standard().decodeText(scanned);
                }
                if (hex != null) {
                    return SealDecoder.standard().decodeHex(hex);
                }
                return SealDecoder.standard().decodeText(text);
            } catch (SealException e) {
                throw invalid(out, e);
            }
        }
    }

    static List<X509CertificateHolder> certificates(CliOutput out, List<Path> files) {
        List<X509CertificateHolder> certs = new ArrayList<>();
        for (Path file : files) {
            byte[] data = CliFiles.read(out, file, 1 << 20);
            try {
                String text = new String(data, StandardCharsets.US_ASCII);
                if (text.contains("-----BEGIN")) {
                    try (PEMParser parser = new PEMParser(new StringReader(text))) {
                        for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                            if (o instanceof X509CertificateHolder c) {
                                certs.add(c);
                            }
                        }
                    }
                } else {
                    certs.add(new X509CertificateHolder(data));
                }
            } catch (IOException | RuntimeException e) {
                throw CliException.usage(out.text(MESSAGES, "seal.cert.invalid", file));
            }
        }
        return certs;
    }

    static MasterList masterList(CliOutput out, Path file) {
        try {
            return MasterList.parse(CliFiles.read(out, file, MasterList.MAX_BYTES));
        } catch (RuntimeException e) {
            throw CliException.usage(out.text(MESSAGES, "seal.masterlist.invalid", file));
        }
    }

    static PrivateKey privateKey(CliOutput out, Path file) {
        byte[] data = CliFiles.read(out, file, 1 << 16);
        try (PEMParser parser = new PEMParser(new StringReader(new String(data, StandardCharsets.US_ASCII)))) {
            Object o = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (o instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (o instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
        } catch (IOException | RuntimeException e) {
            throw CliException.usage(out.text(MESSAGES, "seal.key.invalid", file));
        } finally {
            java.util.Arrays.fill(data, (byte) 0);
        }
        throw CliException.usage(out.text(MESSAGES, "seal.key.invalid", file));
    }

    /** {format, documentType, issuingCountry, signerReference, issueDate, signatureDate, features:{name: value}}. */
    static Map<String, Object> json(Seal seal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", seal.format().name());
        m.put("documentType", seal.documentType());
        seal.baseDocumentType().ifPresent(b -> m.put("baseDocumentType", b));
        m.put("issuingCountry", seal.issuingCountry());
        m.put("signerReference", seal.signerReference());
        m.put("issueDate", seal.issueDate().map(LocalDate::toString).orElse(null));
        m.put("signatureDate", seal.signatureDate().map(LocalDate::toString).orElse(null));
        m.put("features", features(seal.features()));
        m.put("signed", seal.isSigned());
        List<String> notes = new ArrayList<>();
        for (Finding f : seal.decodeFindings()) {
            notes.add(f.code());
        }
        m.put("notes", notes);
        return m;
    }

    private static Map<String, Object> features(List<SealFeature> features) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SealFeature f : features) {
            String name = f.name();
            for (int i = 2; m.containsKey(name); i++) {
                name = f.name() + "#" + i;
            }
            Object v = f.value();
            m.put(name, v instanceof List<?> ? features(f.children())
                    : v instanceof Long || v instanceof String ? v : v instanceof Bytes b ? b.toHex() : f.text());
        }
        return m;
    }
}

package io.residentid.qr.seal;

import io.residentid.core.model.Bytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * Builds and signs VDS and IDB seals from features, for tests, demos and issuers. The signer identifier and
 * certificate reference come from the certificate (country + first two letters of the common name, serial number
 * in hex; IDB: the last five bytes of the certificate's SHA-1). Signatures are deterministic ECDSA (RFC 6979)
 * with the hash that matches the curve size. Feature values are text, read by the feature's catalogue coding:
 * C40/MRZ/UTF-8 text (MRZ lines may be separated by new lines), hex bytes, decimal integers, ISO dates
 * ({@code 2026-01-31}), ISO instants, ISO periods ({@code P90D}). Immutable and thread-safe.
 *
 * <pre>{@code
 * SealIssuer issuer = SealIssuer.builder().key(privateKey).certificate(signerCertificate)
 *         .issuingCountry("ARE").build();
 * byte[] vds = issuer.issueVds("RESIDENCE_PERMIT", Map.of("MRZ", mrz, "PASSPORT_NUMBER", "X12345678"),
 *         LocalDate.now());
 * }</pre>
 */
public final class SealIssuer {

    private final SealCatalogue catalogue;
    private final ECPrivateKeyParameters key;
    private final X509CertificateHolder certificate;
    private final String issuingCountry;
    private final boolean embedCertificate;

    private SealIssuer(Builder b) {
        this.catalogue = b.catalogue;
        this.key = Objects.requireNonNull(b.key, "key");
        this.certificate = Objects.requireNonNull(b.certificate, "certificate");
        this.issuingCountry = b.issuingCountry;
        this.embedCertificate = b.embedCertificate;
    }

    /** {@return a builder; key and certificate are required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A signed VDS (header version 0x03) with the signature date equal to the issue date.
     *
     * @param documentType a VDS type of the catalogue
     * @param features     feature name to text value, written in the order given
     * @param issueDate    the document issue date
     * @return the seal bytes
     * @throws SealException when a type, feature or value cannot be encoded
     */
    public byte[] issueVds(String documentType, Map<String, String> features, LocalDate issueDate) {
        SealCatalogue.DocumentType type = catalogue.vdsType(documentType)
                .orElseThrow(() -> new SealException(SealCode.UNKNOWN_TYPE, -1, documentType));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(0xDC);
        out.write(0x03);
        out.writeBytes(C40.encode(pad3(issuingCountry)));
        String signer = SealVerifier.signerIdentifier(certificate);
        String reference = certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        if (signer.length() != 4 || reference.length() > 255) {
            throw new SealException(SealCode.UNUSABLE_KEY, -1, "certificate subject");
        }
        out.writeBytes(c40(signer + String.format(Locale.ROOT, "%02X", reference.length())));
        out.writeBytes(c40(reference));
        out.writeBytes(date(issueDate));
        out.writeBytes(date(issueDate));
        out.write(type.featureRef());
        out.write(type.category());
        for (Map.Entry<String, String> e : features.entrySet()) {
            SealCatalogue.Feature def = type.feature(e.getKey())
                    .orElseThrow(() -> new SealException(SealCode.UNKNOWN_TYPE, -1, e.getKey()));
            tlv(out, def.tag(), value(def, e.getValue()));
        }
        byte[] signed = out.toByteArray();
        byte[] signature = sign(signed, null);
        out.write(0xFF);
        writeLength(out, signature.length);
        out.writeBytes(signature);
        return out.toByteArray();
    }

    /**
     * A signed IDB barcode text ({@code RDB1B...}, or {@code RDB1D...} when compressed).
     *
     * @param documentType an IDB national document type (adds its identifier message) or any other name
     * @param features     IDB message name to text value, in the order given
     * @param signatureDate the signature creation date
     * @param compress     whether to zlib-compress the payload
     * @return the IDB barcode text
     * @throws SealException when a message or value cannot be encoded
     */
    public String issueIdb(String documentType, Map<String, String> features, LocalDate signatureDate,
                           boolean compress) {
        ByteArrayOutputStream group = new ByteArrayOutputStream(256);
        for (Map.Entry<String, String> e : features.entrySet()) {
            SealCatalogue.Feature def = catalogue.idbMessage(e.getKey())
                    .orElseThrow(() -> new SealException(SealCode.UNKNOWN_TYPE, -1, e.getKey()));
            tlv(group, def.tag(), value(def, e.getValue()));
        }
        catalogue.idbDocumentTypeId(documentType).ifPresent(id -> tlv(group, 0x86, new byte[] {id.byteValue()}));
        int bits = key.getParameters().getN().bitLength();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(C40.encode(pad3(issuingCountry)));
        out.write(bits <= 256 ? 1 : bits <= 384 ? 2 : 3);
        byte[] sha1 = sha1(SealVerifier.encoded(certificate));
        out.writeBytes(Arrays.copyOfRange(sha1, sha1.length - 5, sha1.length));
        out.write(0);
        out.writeBytes(date(signatureDate));
        tlv(out, 0x61, group.toByteArray());
        byte[] signed = out.toByteArray();
        if (embedCertificate) {
            tlv(out, 0x7E, SealVerifier.encoded(certificate));
        }
        tlv(out, 0x7F, sign(signed, bits <= 256 ? "SHA-256" : bits <= 384 ? "SHA-384" : "SHA-512"));
        byte[] payload = out.toByteArray();
        return "RDB1" + (compress ? 'D' : 'B') + base32(compress ? deflate(payload) : payload);
    }

    private byte[] sign(byte[] data, String digestName) {
        int bits = key.getParameters().getN().bitLength();
        String name = digestName != null ? digestName : bits <= 224 ? "SHA-224" : bits <= 256 ? "SHA-256"
                : bits <= 384 ? "SHA-384" : "SHA-512";
        Digest digest = switch (name) {
            case "SHA-224" -> new SHA224Digest();
            case "SHA-384" -> new SHA384Digest();
            case "SHA-512" -> new SHA512Digest();
            default -> new SHA256Digest();
        };
        digest.update(data, 0, data.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(hash);
        int size = (bits + 7) / 8;
        byte[] out = new byte[2 * size];
        fixed(rs[0], out, 0, size);
        fixed(rs[1], out, size, size);
        return out;
    }

    private static void fixed(BigInteger v, byte[] out, int offset, int size) {
        byte[] b = v.toByteArray();
        int start = Math.max(0, b.length - size);
        System.arraycopy(b, start, out, offset + size - (b.length - start), b.length - start);
    }

    /** The bytes of a feature value given as text, by its coding. */
    static byte[] value(SealCatalogue.Feature def, String text) {
        Objects.requireNonNull(text, def.name());
        try {
            byte[] v = switch (def.coding()) {
                case C40 -> c40(text);
                case MRZ -> c40(text.replace("\n", "").replace("\r", ""));
                case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
                case BYTES, MESSAGES -> HexFormat.of().parseHex(text);
                case INT -> integer(text, def.maxBytes());
                case DATE -> date(LocalDate.parse(text));
                case MASKED_DATE -> {
                    byte[] d = date(LocalDate.parse(text));
                    yield new byte[] {0, d[0], d[1], d[2]};
                }
                case TIMESTAMP -> fixedInt(Instant.parse(text).getEpochSecond(), 4);
                case DURATION -> {
                    Period p = Period.parse(text);
                    yield new byte[] {(byte) p.getDays(), (byte) p.getMonths(), (byte) p.getYears()};
                }
            };
            if ((def.maxBytes() > 0 && v.length > def.maxBytes())) {
                throw new SealException(SealCode.BAD_FEATURE, -1, def.name());
            }
            return v;
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new SealException(SealCode.BAD_FEATURE, -1, e, def.name());
        }
    }

    private static byte[] integer(String text, int maxBytes) {
        long v = Long.parseLong(text.strip());
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new SealException(SealCode.BAD_FEATURE, -1, "INT");
        }
        int n = maxBytes == 1 || v < 0x100 ? 1 : v < 0x10000 ? 2 : v < 0x1000000 ? 3 : 4;
        return fixedInt(v, n);
    }

    private static byte[] fixedInt(long v, int n) {
        if (v < 0 || v >= 1L << (8 * n)) {
            throw new SealException(SealCode.BAD_FEATURE, -1, "INT");
        }
        byte[] out = new byte[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = (byte) v;
            v >>= 8;
        }
        return out;
    }

    private static byte[] c40(String text) {
        return C40.encode(text);
    }

    private static String pad3(String country) {
        String c = country.length() >= 3 ? country : (country + "<<<").substring(0, 3);
        if (c.length() != 3) {
            throw new SealException(SealCode.BAD_C40, -1);
        }
        return c;
    }

    static byte[] date(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw new SealException(SealCode.BAD_DATE, -1);
        }
        int v = d.getMonthValue() * 1_000_000 + d.getDayOfMonth() * 10_000 + d.getYear();
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    static void tlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag);
        writeLength(out, value.length);
        out.writeBytes(value);
    }

    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            throw new SealException(SealCode.TOO_LARGE, -1, 0xFFFF);
        }
    }

    /** RFC 4648 base32 without padding (the IDB alphabet). */
    static String base32(byte[] data) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = buffer << 8 | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt(buffer >> (bits - 5) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt(buffer << (5 - bits) & 31));
        }
        return out.toString();
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buf = new byte[1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The bytes a decoded VDS's signature covers, rebuilt from its header fields and the raw feature bytes: equal
     * to {@link Seal#signedData()} for any seal written with minimal lengths.
     *
     * @param seal the decoded seal
     * @return the signed data as the issuer would encode it
     */
    public static Bytes reencodeVdsSignedData(Seal seal) {
        if (seal.format() != SealFormat.VDS) {
            throw new SealException(SealCode.UNKNOWN_FORMAT, -1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(seal.signedData().length());
        // The header is copied as read: the C40 padding of short fields has more than one valid spelling.
        byte[] signed = seal.signedData().toByteArray();
        int headerLength = signed.length;
        List<byte[]> values = new ArrayList<>();
        for (SealFeature f : seal.features()) {
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            tlv(t, f.tag(), f.raw().toByteArray());
            values.add(t.toByteArray());
            headerLength -= t.size();
        }
        out.write(signed, 0, Math.max(0, headerLength));
        values.forEach(out::writeBytes);
        return Bytes.of(out.toByteArray());
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Configures an issuer. */
    public static final class Builder {
        private SealCatalogue catalogue = SealCatalogue.standard();
        private ECPrivateKeyParameters key;
        private X509CertificateHolder certificate;
        private String issuingCountry = "UTO";
        private boolean embedCertificate;

        private Builder() {
        }

        /**
         * The catalogue the document types and features come from (default: the standard one).
         *
         * @param value the catalogue that defines the seal types
         * @return this builder
         */
        public Builder catalogue(SealCatalogue value) {
            this.catalogue = Objects.requireNonNull(value, "catalogue");
            return this;
        }

        /**
         * The signer's EC private key.
         *
         * @param privateKey the signer's private key
         * @return this builder
         * @throws SealException {@link SealCode#UNUSABLE_KEY} when it is not an EC key
         */
        public Builder key(PrivateKey privateKey) {
            byte[] encoded = privateKey.getEncoded();
            try {
                AsymmetricKeyParameter p = PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(encoded));
                if (!(p instanceof ECPrivateKeyParameters ec)) {
                    throw new SealException(SealCode.UNUSABLE_KEY, -1, "not an EC key");
                }
                this.key = ec;
                return this;
            } catch (IOException | IllegalArgumentException e) {
                throw new SealException(SealCode.UNUSABLE_KEY, -1, e, "unreadable key");
            } finally {
                if (encoded != null) {
                    Arrays.fill(encoded, (byte) 0);
                }
            }
        }

        /**
         * The signer certificate (its public key must match the private key).
         *
         * @param value the signer certificate
         * @return this builder
         */
        public Builder certificate(X509CertificateHolder value) {
            this.certificate = Objects.requireNonNull(value, "certificate");
            return this;
        }

        /**
         * The three-letter issuing country (ICAO 9303 code; default {@code UTO}).
         *
         * @param value the issuing country code (ICAO, three letters)
         * @return this builder
         */
        public Builder issuingCountry(String value) {
            C40.encode(value);
            this.issuingCountry = value;
            return this;
        }

        /**
         * Whether IDB barcodes carry the signer certificate (tag 0x7E); default false.
         *
         * @param value whether to embed the signer certificate
         * @return this builder
         */
        public Builder embedCertificate(boolean value) {
            this.embedCertificate = value;
            return this;
        }

        /** {@return the issuer} */
        public SealIssuer build() {
            return new SealIssuer(this);
        }
    }
}

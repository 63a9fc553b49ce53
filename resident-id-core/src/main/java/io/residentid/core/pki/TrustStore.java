package io.residentid.core.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * An immutable set of trust anchors (trusted certificates). Build it from PEM/DER files or folders, PKCS#12 key
 * stores, ICAO master lists or certificates in memory. Thread-safe.
 *
 * <pre>{@code
 * TrustStore anchors = TrustStore.builder().addPath(Path.of("csca/")).build();
 * }</pre>
 */
public final class TrustStore {

    /** Most files read from one folder. */
    public static final int MAX_FILES_PER_FOLDER = 10_000;

    private final List<CertificateInfo> anchors;
    private final Map<X500Name, List<CertificateInfo>> bySubject;
    private final Set<CertificateInfo> set;
    private final List<String> skippedFiles;

    private TrustStore(List<CertificateInfo> anchors, List<String> skippedFiles) {
        this.skippedFiles = List.copyOf(skippedFiles);
        this.anchors = List.copyOf(anchors);
        Map<X500Name, List<CertificateInfo>> map = new HashMap<>();
        for (CertificateInfo info : anchors) {
            map.computeIfAbsent(info.subject, k -> new ArrayList<>()).add(info);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.bySubject = Collections.unmodifiableMap(map);
        this.set = Set.copyOf(anchors);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A trust store holding exactly these certificates.
     *
     * @param certificates the anchors
     * @return the store
     * @throws PkiException when the names of one of them cannot be decoded
     */
    public static TrustStore of(Collection<X509CertificateHolder> certificates) {
        return builder().addAll(certificates).build();
    }

    /** {@return the trusted certificates, in insertion order} */
    public List<X509CertificateHolder> certificates() {
        return anchors.stream().map(a -> a.holder).toList();
    }

    /**
     * {@return the names of files in anchor folders that were not certificates (a README, an openssl {@code .srl},
     * a hidden file) and were skipped}
     */
    public List<String> skippedFiles() {
        return skippedFiles;
    }

    /** {@return the number of trusted certificates} */
    public int size() {
        return anchors.size();
    }

    /**
     * Whether this exact certificate is trusted (same encoding, not just the same name or key).
     *
     * @param certificate the certificate
     * @return {@code true} when it is one of the anchors
     */
    public boolean contains(X509CertificateHolder certificate) {
        try {
            return set.contains(new CertificateInfo(certificate));
        } catch (PkiException e) {
            return false; // a certificate that cannot be decoded was never added
        }
    }

    List<CertificateInfo> anchorsFor(X500Name subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    boolean contains(CertificateInfo info) {
        return set.contains(info);
    }

    /** Collects anchors; not thread-safe. */
    public static final class Builder {
        private final Set<CertificateInfo> anchors = new LinkedHashSet<>();
        private final List<String> skipped = new ArrayList<>();

        private Builder() {
        }

        /**
         * Trusts one certificate.
         *
         * @param certificate the anchor
         * @return this builder
         * @throws PkiException when its names cannot be decoded
         */
        public Builder add(X509CertificateHolder certificate) {
            anchors.add(new CertificateInfo(certificate));
            return this;
        }

        /**
         * Trusts all these certificates.
         *
         * @param certificates the anchors
         * @return this builder
         * @throws PkiException when the names of one of them cannot be decoded
         */
        public Builder addAll(Collection<X509CertificateHolder> certificates) {
            certificates.forEach(this::add);
            return this;
        }

        /**
         * Trusts the certificates of a PEM/DER file, or of every certificate file in a folder (not recursive). In a
         * folder, files named like certificates ({@code .pem .crt .cer .der}) must parse, and an error names the
         * file, so a damaged anchor never silently shrinks the store; other files (a README, an openssl
         * {@code .srl}, hidden files) are skipped and listed in {@link TrustStore#skippedFiles()}.
         *
         * @param path a certificate file or a folder of them
         * @return this builder
         * @throws PkiException when a certificate file cannot be read or parsed (the message names it)
         */
        public Builder addPath(Path path) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(Files::isRegularFile).sorted().limit(MAX_FILES_PER_FOLDER + 1L).toList();
                } catch (IOException e) {
                    throw new PkiException(path.getFileName() + ": cannot list folder", e);
                }
                if (files.size() > MAX_FILES_PER_FOLDER) {
                    throw new PkiException(path.getFileName() + ": more than " + MAX_FILES_PER_FOLDER + " files");
                }
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || !isCertificateName(name)) {
                        skipped.add(name);
                        continue;
                    }
                    addAll(readNamed(file));
                }
            } else {
                addAll(readNamed(path));
            }
            return this;
        }

        /**
         * Trusts every certificate (trusted entries and key-entry chains) of a PKCS#12 key store.
         *
         * @param file     the key store
         * @param password its password (not wiped here; the caller owns it)
         * @return this builder
         * @throws PkiException when the key store cannot be read
         */
        public Builder addPkcs12(Path file, char[] password) {
            byte[] data = Certificates.readBounded(file, Certificates.MAX_FILE_BYTES);
            try (InputStream in = new java.io.ByteArrayInputStream(data)) {
                KeyStore store = KeyStore.getInstance("PKCS12", Bc.PROVIDER);
                store.load(in, password);
                for (String alias : Collections.list(store.aliases())) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (chain != null) {
                        for (Certificate c : chain) {
                            add(Certificates.parseDer(c.getEncoded()));
                        }
                    }
                    Certificate c = store.getCertificate(alias);
                    if (c != null) {
                        add(Certificates.parseDer(c.getEncoded()));
                    }
                }
            } catch (PkiException e) {
                throw e;
            } catch (Exception e) {
                throw new PkiException(file.getFileName() + ": unreadable PKCS#12 key store (" + e.getMessage() + ")", e);
            }
            return this;
        }

        /** {@return the immutable, thread-safe trust store} */
        public TrustStore build() {
            return new TrustStore(new ArrayList<>(anchors), skipped);
        }

        private static boolean isCertificateName(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".pem") || lower.endsWith(".crt") || lower.endsWith(".cer") || lower.endsWith(".der");
        }

        private static List<X509CertificateHolder> readNamed(Path file) {
            try {
                return Certificates.read(file);
            } catch (PkiException e) {
                String name = String.valueOf(file.getFileName());
                String message = String.valueOf(e.getMessage());
                throw message.contains(name) ? e : new PkiException(name + ": " + message, e);
            }
        }
    }
}

package io.residentid.core.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreTest {

    static String pem(X509CertificateHolder cert) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void loadsPemBundlesDerFilesAndFolders(@TempDir Path dir) throws Exception {
        X509CertificateHolder a = TestPki.root("A", TestPki.p256()).certificate();
        X509CertificateHolder b = TestPki.root("B", TestPki.p256()).certificate();
        X509CertificateHolder c = TestPki.root("C", TestPki.p256()).certificate();
        Files.writeString(dir.resolve("bundle.pem"), "comment line\n" + pem(a) + pem(b));
        Files.write(dir.resolve("c.der"), c.getEncoded());
        TrustStore store = TrustStore.builder().addPath(dir).build();
        assertEquals(3, store.size());
        assertTrue(store.contains(a) && store.contains(b) && store.contains(c));
        assertEquals(1, TrustStore.builder().addPath(dir.resolve("c.der")).build().size());
    }

    @Test
    void loadsPkcs12KeyStores(@TempDir Path dir) throws Exception {
        X509CertificateHolder a = TestPki.root("P12 Root", TestPki.p256()).certificate();
        KeyStore ks = KeyStore.getInstance("PKCS12", Bc.PROVIDER);
        ks.load(null, null);
        Certificate cert = CertificateFactory.getInstance("X.509", Bc.PROVIDER)
                .generateCertificate(new java.io.ByteArrayInputStream(a.getEncoded()));
        ks.setCertificateEntry("root", cert);
        Path file = dir.resolve("anchors.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, "secret".toCharArray());
        }
        TrustStore store = TrustStore.builder().addPkcs12(file, "secret".toCharArray()).build();
        assertEquals(List.of(a), store.certificates());
        assertThrows(PkiException.class, () -> TrustStore.builder().addPkcs12(file, "wrong".toCharArray()));
    }

    @Test
    void unreadableFilesAreReportedClearly(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "not a certificate");
        PkiException e = assertThrows(PkiException.class, () -> TrustStore.builder().addPath(junk));
        assertTrue(e.getMessage().contains("certificate"), e.getMessage());
        assertThrows(PkiException.class, () -> TrustStore.builder().addPath(dir.resolve("missing.pem")));
    }

    @Test
    void aFolderWithOtherFilesLoadsItsCertificatesAndNamesWhatItSkipped(@TempDir Path dir) throws Exception {
        X509CertificateHolder a = TestPki.root("A", TestPki.p256()).certificate();
        Files.writeString(dir.resolve("root.pem"), pem(a));
        Files.writeString(dir.resolve("README"), "Our anchors");
        Files.writeString(dir.resolve("root.srl"), "1000");
        Files.writeString(dir.resolve(".hidden"), "x");
        TrustStore store = TrustStore.builder().addPath(dir).build();
        assertEquals(List.of(a), store.certificates());
        assertEquals(List.of(".hidden", "README", "root.srl"), store.skippedFiles());
    }

    @Test
    void aDamagedCertificateInAFolderIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.crt"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        PkiException e = assertThrows(PkiException.class, () -> TrustStore.builder().addPath(dir));
        assertTrue(e.getMessage().contains("broken.crt"), e.getMessage());
    }
}

package io.residentid.qr.seal;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.json.ResidentIdJson;
import io.residentid.core.pki.MasterList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;

/** The shared conformance data (cases.json, certs/*.pem) and the German master list from core's test jar. */
final class SealTestData {

    static final String[] CERT_NAMES = {"UTTS5B", "DETS32", "DETS27", "KDS_ETD", "KDS_EasyCard_VDS",
        "KDS_TAXSTAMPS", "KDS_TEST_VACC", "KDS_VEHICLE_VIGNETTE", "SchoolAccess", "VDSNC_UT_05", "VDSNC_UT_06",
        "VDSNC_AU_DFAT"};

    private static JsonNode cases;
    private static Map<String, X509CertificateHolder> certificates;
    private static MasterList masterList;

    private SealTestData() {
    }

    static synchronized JsonNode cases() {
        if (cases == null) {
            try {
                cases = ResidentIdJson.mapper().readTree(bytes("cases.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    /** The signer certificates by file path relative to the data folder ({@code certs/UTTS5B.pem}). */
    static synchronized Map<String, X509CertificateHolder> certificates() {
        if (certificates == null) {
            Map<String, X509CertificateHolder> map = new LinkedHashMap<>();
            for (String name : CERT_NAMES) {
                map.put("certs/" + name + ".pem", pem("certs/" + name + ".pem"));
            }
            certificates = map;
        }
        return certificates;
    }

    static synchronized MasterList masterList() {
        if (masterList == null) {
            try (InputStream in = SealTestData.class.getResourceAsStream("/pki/icao/DE_masterlist_2025-08-14.ml")) {
                masterList = MasterList.parse(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return masterList;
    }

    static X509CertificateHolder pem(String path) {
        String text = new String(bytes(path), StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return new X509CertificateHolder(Base64.getDecoder().decode(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = SealTestData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

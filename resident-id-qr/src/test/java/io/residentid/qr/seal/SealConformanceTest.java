package io.residentid.qr.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.residentid.core.report.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the shared conformance data (sample seals of tsenger/vdstools and kurzdigital/vds-jvm, see the
 * README next to cases.json) decodes to the values the source projects assert and gives the expected signature
 * outcome.
 */
class SealConformanceTest {

    /** A fixed verification time: inside the validity of every certificate that has to chain. */
    static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");

    static final String V9_PROFILE = "{\"vdsProfiles\":[{\"profile\":\"AABBCCDD11223344AABBCCDD11223344\","
            + "\"name\":\"TEST_V9_PROFILE\",\"features\":[{\"tag\":10,\"name\":\"SURNAME\",\"coding\":\"UTF8\"}]}]}";

    static Stream<Arguments> cases() {
        return StreamSupport.stream(SealTestData.cases().get("cases").spliterator(), false)
                .map(c -> Arguments.of(c.get("id").asText(), c));
    }

    @Test
    void theDataHoldsAllFortyOneCases() {
        assertEquals(41, SealTestData.cases().get("cases").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseDecodesToTheAssertedValuesAndGivesTheExpectedSignatureOutcome(String id, JsonNode c) {
        JsonNode expected = c.get("expected");
        SealDecoder decoder = c.path("expected").has("prerequisite")
                ? SealDecoder.of(SealCatalogue.standard().with(V9_PROFILE)) : SealDecoder.standard();
        if ("error".equals(expected.path("parse").asText())) {
            SealException e = assertThrows(SealException.class, () -> decode(decoder, c));
            assertEquals(SealCode.BAD_IDB_PREFIX, e.sealCode());
            return;
        }
        Seal seal = decode(decoder, c);
        if (seal.format() == SealFormat.VDS) {
            // As a DataMatrix reader returns it: each byte one ISO-8859-1 character.
            String base256 = new String(seal.payload().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals(seal.signedData(), decoder.decodeText(base256).signedData());
        }
        if (seal.format() == SealFormat.IDB && (expected.path("encodesBackIdentically").asBoolean(false)
                || expected.path("rawStringRoundTrip").asBoolean(false))) {
            char flag = (char) seal.featureReference();
            byte[] payload = seal.payload().toByteArray();
            String text = "RDB1" + flag + SealIssuer.base32(flag == 'C' || flag == 'D'
                    ? SealIssuer.deflate(payload) : payload);
            assertEquals(seal.payload(), decoder.decodeText(text).payload());
            if (flag == 'A' || flag == 'B') {
                assertEquals(c.get("raw").get("value").asText(), text);
            }
        }
        checkDocumentType(c, seal);
        checkHeader(id, c, seal);
        checkFields(id, expected, seal);
        checkSignature(id, c, seal);
    }

    static Seal decode(SealDecoder decoder, JsonNode c) {
        String value = c.get("raw").get("value").asText();
        return "hex".equals(c.get("raw").get("encoding").asText()) ? decoder.decodeHex(value)
                : decoder.decodeText(value);
    }

    private static void checkDocumentType(JsonNode c, Seal seal) {
        String type = c.get("documentType").asText();
        if (type.equals("IDB_STRUCTURE_TEST")) {
            return;
        }
        if (type.startsWith("UNKNOWN_")) {
            assertEquals("UNKNOWN", seal.documentType());
            assertEquals(type.substring(8).toLowerCase(Locale.ROOT),
                    String.format("%02x%02x", seal.featureReference(), seal.typeCategory()));
            return;
        }
        assertTrue(type.equals(seal.documentType()) || Optional.of(type).equals(seal.baseDocumentType()),
                () -> "document type " + seal.documentType() + " / " + seal.baseDocumentType());
    }

    private static void checkHeader(String id, JsonNode c, Seal seal) {
        JsonNode e = c.get("expected");
        JsonNode h = e.path("header");
        JsonNode d = c.path("decodedHere").path("header");
        country(h.path("issuingCountry"), seal);
        country(h.path("countryId"), seal);
        country(e.path("issuingCountry"), seal);
        country(d.path("issuingCountry"), seal);
        text(h.path("signerIdentifier"), seal.signerIdentifier());
        text(d.path("signerIdentifier"), seal.signerIdentifier());
        text(h.path("certificateReference"), seal.certificateReference());
        text(d.path("certificateReference"), seal.certificateReference());
        text(h.path("signerCertRef"), seal.signerReference());
        text(h.path("certificateReferenceHex"), seal.certificateReference());
        text(h.path("issuingDate"), seal.issueDate().map(LocalDate::toString).orElse(""));
        text(d.path("issuingDate"), seal.issueDate().map(LocalDate::toString).orElse(""));
        text(e.path("issuingDate"), seal.issueDate().map(LocalDate::toString).orElse(""));
        text(h.path("documentIssueDate").path("iso"), seal.issueDate().map(LocalDate::toString).orElse(""));
        String signed = seal.signatureDate().map(LocalDate::toString).orElse("");
        text(h.path("sigDate"), signed);
        text(d.path("signatureDate"), signed);
        text(e.path("signingDate"), signed);
        text(e.path("signatureCreationDate"), signed);
        text(h.path("signatureCreationDate").path("iso"), signed);
        if (d.has("versionByte")) {
            assertEquals(d.get("versionByte").asInt(), seal.version());
            assertEquals(d.get("documentFeatureRef").asText(), String.format("%02x", seal.featureReference()));
            assertEquals(d.get("documentTypeCategory").asText(), String.format("%02x", seal.typeCategory()));
            assertEquals(d.get("signedLength").asInt(), seal.signedData().length());
            assertEquals(d.get("signatureLength").asInt(), seal.signature().length());
        }
        if (h.path("docFeatureRef").isInt()) {
            assertEquals(h.get("docFeatureRef").asInt(), seal.featureReference());
        } else {
            text(h.path("docFeatureRef"), String.format("%02x", seal.featureReference()));
        }
        text(h.path("docTypeCat"), String.format("%02x", seal.typeCategory()));
        if (h.has("rawVersion")) {
            assertEquals(h.get("rawVersion").asInt(), seal.version());
        }
        JsonNode sig = e.has("signatureInfo") ? e.get("signatureInfo") : e;
        text(sig.path("plainSignatureHex"), seal.signature().toHex());
        if (sig.has("signedBytesLength")) {
            assertEquals(sig.get("signedBytesLength").asInt(), seal.signedData().length());
        }
        text(sig.path("signerCertificateReference"), seal.format() == SealFormat.IDB
                ? seal.certificateReference() : seal.signerReference());
        // vdstools counts a feature-less unknown seal's messages differently; the catalogue types are compared.
        if (e.has("messageCount") && !"UNKNOWN".equals(e.path("documentType").asText())) {
            assertEquals(e.get("messageCount").asInt(), seal.features().size(), "messageCount");
        }
        if (e.has("barcodeFlag")) {
            assertEquals(e.get("barcodeFlag").asText(), String.valueOf((char) seal.featureReference()));
            assertEquals(e.get("isSigned").asBoolean(), seal.isSigned());
            assertEquals(e.get("payloadHex").asText(), seal.payload().toHex().toLowerCase(Locale.ROOT));
        }
        text(e.path("documentProfileUuid"), seal.features().stream().filter(f -> f.tag() == 0).findFirst()
                .map(f -> f.raw().toHex()).orElse(""));
    }

    private static void country(JsonNode expected, Seal seal) {
        if (!expected.isMissingNode() && !expected.isNull()) {
            assertEquals(expected.asText().strip(), seal.issuingCountry(), "issuing country");
        }
    }

    private static void text(JsonNode expected, String actual) {
        if (!expected.isMissingNode() && !expected.isNull()) {
            assertEquals(expected.asText().toLowerCase(Locale.ROOT), actual.toLowerCase(Locale.ROOT));
        }
    }

    private static void checkFields(String id, JsonNode expected, Seal seal) {
        List<SealFeature> flat = seal.flatFeatures();
        for (JsonNode f : expected.path("fields")) {
            String name = f.get("name").asText();
            SealFeature feature;
            if (f.has("index")) {
                feature = seal.features().get(f.get("index").asInt());
                assertEquals(name, feature.name(), "name at index " + f.get("index"));
            } else {
                feature = flat.stream().filter(x -> (!f.has("tag") || x.tag() == f.get("tag").asInt())
                        && names(seal, x, name)).findFirst()
                        .orElseThrow(() -> new AssertionError(id + ": no feature " + name));
            }
            assertValue(name, f, feature);
        }
        for (JsonNode a : expected.path("absentFields")) {
            String name = a.asText().split(" ")[0];
            assertFalse(seal.features().stream().anyMatch(x -> !x.metadata() && x.name().equals(name)),
                    name + " must be absent");
        }
    }

    private static boolean names(Seal seal, SealFeature feature, String name) {
        if (feature.name().equals(name)) {
            return true;
        }
        return SealCatalogue.standard().vdsType(seal.baseDocumentType().orElse(seal.documentType()))
                .flatMap(t -> t.feature(name)).map(def -> def.name().equals(feature.name())).orElse(false);
    }

    private static void assertValue(String name, JsonNode f, SealFeature feature) {
        JsonNode v = f.get("value");
        switch (f.get("valueType").asText()) {
            case "string", "mrz", "date-string" -> assertEquals(v.asText(), feature.text(), name);
            case "mrz-td1-rendering" -> assertEquals(v.asText(), Td1Rendering.of(feature.text()), name);
            case "hex" -> assertEquals(v.asText(), feature.raw().toHex().toLowerCase(Locale.ROOT), name);
            case "base64" -> assertEquals(v.asText(),
                    Base64.getEncoder().encodeToString(feature.raw().toByteArray()), name);
            case "byteLength" -> assertEquals(v.asInt(), feature.raw().length(), name);
            case "int" -> {
                if (feature.value() instanceof Period p) {
                    assertEquals(v.asInt(), p.getDays(), name);
                } else {
                    assertEquals(v.asLong(), (Long) feature.value(), name);
                }
            }
            case "date" -> assertEquals(v.asText(), feature.value().toString(), name);
            case "java.util.Date.toString" -> {
                Object value = feature.value();
                assertTrue(value instanceof LocalDate || value instanceof Instant, name);
                assertEquals(f.get("iso").asText(), value.toString(), name);
            }
            case "subMessageCount" -> assertEquals(v.asInt(), feature.children().size(), name);
            default -> throw new AssertionError("unknown value type " + f.get("valueType"));
        }
    }

    private static void checkSignature(String id, JsonNode c, Seal seal) {
        JsonNode s = c.get("signature");
        Map<String, X509CertificateHolder> certs = SealTestData.certificates();
        SealVerifier verifier = SealVerifier.builder().certificates(certs.values()).build();
        SealReport report = verifier.verify(seal, AT);
        switch (s.get("expected").asText()) {
            case "valid" -> {
                assertEquals(SignatureStatus.VALID, report.signature(), id + " " + report.findings());
                assertEquals(certs.get(s.get("certificate").asText()), report.signer().orElseThrow());
                boolean named = s.path("headerReferenceIdentifiesCertificate").asBoolean(true);
                if (!named) {
                    assertTrue(report.has(SealCode.SIGNER_NOT_NAMED));
                }
                // No trust anchors were given: never VALID overall.
                assertEquals(Verdict.INDETERMINATE, report.verdict());
                assertTrue(report.has(SealCode.CHAIN_NOT_CHECKED));
            }
            case "invalid" -> {
                assertEquals(SignatureStatus.INVALID, report.signature(), id);
                assertEquals(Verdict.INVALID, report.verdict());
                assertTrue(report.has(SealCode.SIGNATURE_INVALID));
            }
            case "signer_unknown", "not_verifiable" -> {
                assertEquals(SignatureStatus.SIGNER_UNKNOWN, report.signature(), id + " " + report.findings());
                assertEquals(Verdict.INDETERMINATE, report.verdict());
            }
            case "unsigned" -> {
                assertFalse(seal.isSigned());
                assertEquals(Verdict.INVALID, report.verdict());
                assertTrue(report.has(SealCode.UNSIGNED));
            }
            default -> throw new AssertionError("unexpected outcome " + s.get("expected"));
        }
        JsonNode trust = c.path("trust");
        if (trust.has("expected")) {
            SealReport chained = SealVerifier.builder().masterList(SealTestData.masterList()).build()
                    .verify(seal, AT);
            assertEquals(SignatureStatus.VALID, chained.signature());
            if ("trusted".equals(trust.get("expected").asText())) {
                assertEquals(Verdict.VALID, chained.verdict(), id + " " + chained.findings());
                assertTrue(chained.has(SealCode.CHAIN_VALID));
                X509CertificateHolder anchor = chained.chainAtTime().orElseThrow().chain()
                        .get(chained.chainAtTime().get().chain().size() - 1);
                assertEquals(SealTestData.pem(trust.get("chainsTo").asText()), anchor);
            } else {
                assertTrue(chained.verdict() != Verdict.VALID);
                assertTrue(chained.has(SealCode.CHAIN_INVALID));
            }
        }
    }

    /** vds-jvm's 90-character rendering of a two-line visa/permit MRZ in TD1 order (test helper only). */
    static final class Td1Rendering {
        static String of(String mrz) {
            String[] lines = mrz.split("\n");
            String l1 = lines[0];
            String l2 = lines[1];
            String name = pad(l1.substring(5), 30);
            String line1 = pad(l1.substring(0, 5) + l2.substring(0, 10), 30);
            String line2body = l2.substring(13, 20) + l2.substring(20, 21) + l2.substring(21, 28)
                    + l2.substring(10, 13);
            String line2 = pad(line2body, 29);
            String composite = checkDigit(line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15)
                    + line2.substring(18, 29));
            return line1 + line2 + composite + name;
        }

        private static String pad(String s, int length) {
            StringBuilder b = new StringBuilder(s.length() > length ? s.substring(0, length) : s);
            while (b.length() < length) {
                b.append('<');
            }
            return b.toString();
        }

        private static String checkDigit(String s) {
            int[] weights = {7, 3, 1};
            int sum = 0;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                int v = ch == '<' ? 0 : Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
                sum += v * weights[i % 3];
            }
            return Integer.toString(sum % 10);
        }
    }

    static List<String> names(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

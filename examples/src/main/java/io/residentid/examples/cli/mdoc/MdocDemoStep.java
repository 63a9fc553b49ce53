package io.residentid.examples.cli.mdoc;

import io.residentid.core.model.Bytes;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.mdoc.EmulatedPhone;
import io.residentid.examples.cli.CliOutput;
import io.residentid.examples.cli.DemoContext;
import io.residentid.examples.cli.DemoStep;
import io.residentid.mdoc.MdocCode;
import io.residentid.mdoc.MdocFormatException;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.DocumentReport;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionTranscript;
import io.residentid.mdoc.transport.InMemoryTransport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Demo step: an emulated phone holding an mDL is "tapped"; the bank's reader asks for family name, given name,
 * birth date and portrait only, verifies issuer signature, chain, digests and device MAC, and shows that nothing
 * else was sent; then a response with one byte of the name changed fails its digest.
 */
public final class MdocDemoStep implements DemoStep {

    @Override
    public String title(Locale locale) {
        return MdocFiles.MESSAGES.get(locale, "demo.mdoc.title");
    }

    static ItemsRequest bankRequest() {
        Map<String, Boolean> e = new LinkedHashMap<>();
        e.put(MdocDocTypes.FAMILY_NAME, false);
        e.put(MdocDocTypes.GIVEN_NAME, false);
        e.put(MdocDocTypes.BIRTH_DATE, false);
        e.put(MdocDocTypes.PORTRAIT, false);
        return new ItemsRequest(MdocDocTypes.MDL, Map.of(MdocDocTypes.MDL_NAMESPACE, e));
    }

    @Override
    public boolean run(CliOutput out, DemoContext context) {
        EmulatedPhone phone = EmulatedPhone.demo();
        out.line(MdocFiles.MESSAGES, "demo.mdoc.issued", phone.pki().iaca().getSubject());
        DeviceEngagement engagement = phone.holder().startQrEngagement();
        out.line(MdocFiles.MESSAGES, "demo.mdoc.engagement", engagement.version(), engagement.cipherSuite(),
                engagement.eDeviceKey().curve().displayName());
        DeviceResponseVerifier verifier = DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore())
                .build();
        MdocReader.ReadResult result = MdocReader.builder().verifier(verifier).build()
                .read(engagement, null, new InMemoryTransport(phone.holder()::handle), List.of(bankRequest()));
        DocumentReport doc = result.report().documents().get(0);
        out.line(MdocFiles.MESSAGES, "demo.mdoc.result", result.report().verdict(), doc.issuerAuthValid(),
                doc.deviceAuthValid(), doc.deviceAuthMethod());
        out.line(MdocFiles.MESSAGES, "demo.mdoc.elements",
                String.join(", ", doc.elements().getOrDefault(MdocDocTypes.MDL_NAMESPACE, Map.of()).keySet()));
        boolean ok = result.report().verdict() == Verdict.VALID
                && doc.elements().get(MdocDocTypes.MDL_NAMESPACE).size() == 4;

        // The same phone, a response whose family name was altered in transit: the digest catches it.
        MdocKeyPair readerKey = MdocKeyPair.generate(CoseCurve.P_256);
        DeviceEngagement again = phone.holder().startQrEngagement();
        SessionTranscript transcript = SessionTranscript.create(again,
                CborItem.embedded(readerKey.publicKey().toCbor()), null);
        DeviceRequest request = DeviceRequest.builder().add(bankRequest()).build();
        byte[] response = phone.holder().respond(request, transcript, readerKey.publicKey()).toByteArray();
        byte[] name = "KUMAR".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(response, name);
        response[at] = 'Q';
        String outcome;
        try {
            MdocReport tampered = verifier.verify(Bytes.of(response), new VerificationInput(transcript,
                    Optional.of(readerKey), Optional.of(request), Instant.now()));
            outcome = tampered.verdict().name();
            ok &= tampered.has(MdocCode.DIGEST_MISMATCH) && !tampered.isValid();
            out.line(MdocFiles.MESSAGES, "demo.mdoc.tampered", outcome, MdocCode.DIGEST_MISMATCH.code());
        } catch (MdocFormatException e) {
            ok = false;
        }
        return ok;
    }

    private static int indexOf(byte[] data, byte[] needle) {
        for (int i = 0; i + needle.length <= data.length; i++) {
            if (java.util.Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("name not found");
    }
}

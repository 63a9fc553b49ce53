package io.residentid.benchmarks;

import io.residentid.core.model.Bytes;
import io.residentid.emulator.mdoc.EmulatedPhone;
import io.residentid.emulator.mdoc.MdocNfcCard;
import io.residentid.mdoc.cbor.CborItem;
import io.residentid.mdoc.cose.CoseCurve;
import io.residentid.mdoc.cose.MdocKeyPair;
import io.residentid.mdoc.engagement.DeviceEngagement;
import io.residentid.mdoc.reader.MdocReader;
import io.residentid.mdoc.request.DeviceRequest;
import io.residentid.mdoc.request.ItemsRequest;
import io.residentid.mdoc.response.DeviceResponseVerifier;
import io.residentid.mdoc.response.MdocDocTypes;
import io.residentid.mdoc.response.MdocReport;
import io.residentid.mdoc.response.VerificationInput;
import io.residentid.mdoc.session.SessionTranscript;
import io.residentid.mdoc.transport.NfcEngagement;
import io.residentid.mdoc.transport.NfcTransport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ISO/IEC 18013-5 mdoc: verifying a DeviceResponse with 10 issuer-signed elements (issuerAuth ES256 with the
 * document signer chain cached, 10 digests, deviceMac with EMacKey from ECDH), and a full NFC read of the
 * in-process emulated phone (Type 4 Tag handover, session, ENVELOPE/GET RESPONSE, verification), APDUs counted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MdocBenchmark {

    static final List<String> TEN = List.of("family_name", "given_name", "birth_date", "issue_date", "expiry_date",
            "issuing_country", "issuing_authority", "document_number", "sex", "driving_privileges");

    private EmulatedPhone phone;
    private DeviceResponseVerifier verifier;
    private Bytes response;
    private VerificationInput input;
    private ItemsRequest nfcRequest;

    /** APDUs per NFC read, reported as a JMH auxiliary counter. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Apdus {
        /** APDUs sent by the reader. */
        public long apdus;

        /** Resets the counter per iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            apdus = 0;
        }
    }

    @Setup
    public void setUp() {
        phone = EmulatedPhone.demo();
        verifier = DeviceResponseVerifier.builder().trustStore(phone.pki().trustStore()).build();
        Map<String, Boolean> e = new LinkedHashMap<>();
        TEN.forEach(id -> e.put(id, false));
        ItemsRequest items = new ItemsRequest(MdocDocTypes.MDL, Map.of(MdocDocTypes.MDL_NAMESPACE, e));
        DeviceEngagement engagement = phone.holder().startQrEngagement();
        MdocKeyPair readerKey = MdocKeyPair.generate(CoseCurve.P_256);
        SessionTranscript transcript = SessionTranscript.create(engagement,
                CborItem.embedded(readerKey.publicKey().toCbor()), null);
        DeviceRequest request = DeviceRequest.builder().add(items).build();
        response = phone.holder().respond(request, transcript, readerKey.publicKey());
        input = new VerificationInput(transcript, Optional.of(readerKey), Optional.of(request), Instant.now());
        MdocReport r = verifier.verify(response, input);
        if (!r.isValid() || r.documents().get(0).elements().get(MdocDocTypes.MDL_NAMESPACE).size() != 10) {
            throw new IllegalStateException("setup response does not verify: " + r.findings());
        }
        Map<String, Boolean> small = new LinkedHashMap<>();
        List.of("family_name", "given_name", "birth_date", "portrait").forEach(id -> small.put(id, false));
        nfcRequest = new ItemsRequest(MdocDocTypes.MDL, Map.of(MdocDocTypes.MDL_NAMESPACE, small));
        Apdus probe = new Apdus();
        nfcReadInProcess(probe);
        System.err.printf("mdoc: DeviceResponse %d bytes, 10 elements; one NFC read = %d APDUs%n",
                response.length(), probe.apdus);
    }

    @Benchmark
    public MdocReport verifyDeviceResponse10Elements() {
        return verifier.verify(response, input);
    }

    @Benchmark
    public MdocReport nfcReadInProcess(Apdus counter) {
        MdocNfcCard card = new MdocNfcCard(phone.holder(), 1024);
        NfcEngagement engagement = NfcEngagement.read(card::process);
        NfcTransport transport = NfcTransport.open(card::process, 65535);
        MdocReport report = MdocReader.builder().verifier(verifier).build()
                .read(engagement.engagement(), engagement.handover(), transport, List.of(nfcRequest)).report();
        counter.apdus += card.commandCount();
        if (!report.isValid()) {
            throw new IllegalStateException("NFC read did not verify");
        }
        return report;
    }
}

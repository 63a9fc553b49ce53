package io.residentid.examples;

import io.residentid.core.model.IdentityDocument;
import io.residentid.core.model.Masking;
import io.residentid.core.pki.TrustStore;
import io.residentid.core.report.Finding;
import io.residentid.core.report.Verdict;
import io.residentid.emulator.ResidentCard;
import io.residentid.pcsc.icao.AccessKey;
import io.residentid.pcsc.icao.ChipReadResult;
import io.residentid.pcsc.icao.ChipReader;
import io.residentid.pcsc.transport.ApduChannel;
import io.residentid.pcsc.transport.TransmissionRules;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Example: read a resident card's chip with PACE (the card access number printed on the card) and check with
 * passive authentication that its data was signed by the issuing state.
 *
 * <p>Runs offline with no reader: {@code java -cp resident-id.jar io.residentid.examples.ReadCardWithPace}. The
 * card is the SDK's emulated Oman resident card, served in process; with a reader, open it through PC/SC instead
 * (see the comments).
 */
public final class ReadCardWithPace {

    private ReadCardWithPace() {
    }

    /**
     * Reads the emulated card.
     *
     * @param args unused
     * @throws Exception if the card cannot be read
     */
    public static void main(String[] args) throws Exception {
        ChipReadResult r = run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(r.authentic() ? 0 : 1);
    }

    /**
     * Personalises an emulated card, reads it with PACE and prints what was read and verified (masked).
     *
     * @param out where to print
     * @return the read result
     * @throws Exception if the card cannot be read
     */
    // tag::read[]
    public static ChipReadResult run(PrintStream out) throws Exception {
        ResidentCard card = ResidentCard.demo();          // the SDK's emulated resident card, served in process
        // in production: open the reader with PC/SC instead of the emulated card:
        //   Pcsc pcsc = Pcsc.open(); PcscCard pcscCard = pcsc.connect(pcsc.readers().get(0).name(), Protocol.ANY);
        //   ApduChannel channel = TransmissionRules.forAtr(pcscCard.atr()).wrap(pcscCard);
        ApduChannel channel = TransmissionRules.forAtr(card.atr()).wrap(card.channel());
        // in production: the country signing CA certificates (CSCA) of the states you accept, e.g. from the ICAO
        // master list (MasterList.parse(...).toTrustStore(...)) or TrustStore.builder().addPath(Path.of("csca/"))
        TrustStore cscas = TrustStore.of(List.of(card.csca()));
        String can = card.can();                          // in production: the 6 digits the holder reads off the card

        ChipReader reader = ChipReader.builder().trustStore(cscas).build();      // immutable, thread-safe
        ChipReadResult r = reader.read(channel, AccessKey.can(can));
        out.println("access control: " + r.accessControl());                    // e.g. PACE ECDH-GM ... AES_128
        out.println("passive authentication: " + r.passiveAuthentication());    // VALID: data signed by the issuer
        // active and chip authentication are Optional: empty when the chip does not offer them (a finding says so)
        out.println("chip authentication: " + r.chipAuthentication().map(Verdict::name).orElse("NOT_OFFERED")
                + ", active: " + r.activeAuthentication().map(Verdict::name).orElse("NOT_OFFERED"));
        IdentityDocument document = r.document().orElseThrow();   // DG1's MRZ + DG11 + DG12 in the core model
        out.println("document " + Masking.identifier(document.documentNumber()) + " of "
                + document.issuingCountry().alpha3() + ", holder " + Masking.name(document.holder().primaryIdentifier())
                + ", expires " + document.dateOfExpiry());
        r.dg2().ifPresent(dg2 -> out.println("face image: " + dg2.faces().get(0).format()));
        for (Finding f : r.findings()) {
            out.println(f.code() + ": " + f.message(Locale.ENGLISH));
        }
        return r;
    }
    // end::read[]
}

/**
 * resident-id PC/SC: ISO/IEC 7816 APDU, BER-TLV and ATR codecs, PC/SC readers, PIN handling, secure messaging
 * (BAC, PACE) and ICAO eMRTD chip reading with passive, active and chip authentication.
 */
module io.residentid.pcsc {
    requires transitive io.residentid.core;
    requires java.smartcardio;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.slf4j;

    exports io.residentid.pcsc.apdu;
    exports io.residentid.pcsc.atr;
    exports io.residentid.pcsc.icao;
    exports io.residentid.pcsc.pin;
    exports io.residentid.pcsc.pkiapplet;
    exports io.residentid.pcsc.sm;
    exports io.residentid.pcsc.tlv;
    exports io.residentid.pcsc.transport;

    // Messages (in core) reads this module's message bundles.
    opens io.residentid.pcsc.apdu to io.residentid.core;
    opens io.residentid.pcsc.atr to io.residentid.core;
    opens io.residentid.pcsc.icao to io.residentid.core;
    opens io.residentid.pcsc.tlv to io.residentid.core;
}

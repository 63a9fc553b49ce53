/**
 * resident-id mdoc: an ISO/IEC 18013-5 mdoc reader — device engagement, session encryption, device request and
 * response, issuer and device authentication, NFC transport over raw APDUs, VICAL.
 */
module io.residentid.mdoc {
    requires transitive io.residentid.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports io.residentid.mdoc;
    exports io.residentid.mdoc.cbor;
    exports io.residentid.mdoc.cose;
    exports io.residentid.mdoc.engagement;
    exports io.residentid.mdoc.reader;
    exports io.residentid.mdoc.request;
    exports io.residentid.mdoc.response;
    exports io.residentid.mdoc.session;
    exports io.residentid.mdoc.transport;
    exports io.residentid.mdoc.vical;

    // Messages (in core) reads this module's message bundle.
    opens io.residentid.mdoc to io.residentid.core;
}

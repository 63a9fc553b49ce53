/**
 * resident-id QR: signed resident credentials in QR codes (issue, render, scan, verify offline), trust lists,
 * token status lists and ICAO visible digital seals.
 */
module io.residentid.qr {
    requires transitive io.residentid.core;
    // Nimbus reads and writes JWKs inside the trust package; no Nimbus type is in the API (see PublicJwk).
    requires com.nimbusds.jose.jwt;
    requires transitive java.desktop;
    // ZXing ships no module descriptor: these are its automatic-module names.
    requires com.google.zxing;
    requires com.google.zxing.javase;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.slf4j;

    exports io.residentid.qr.format;
    exports io.residentid.qr.image;
    exports io.residentid.qr.issue;
    exports io.residentid.qr.seal;
    exports io.residentid.qr.status;
    exports io.residentid.qr.trust;
    exports io.residentid.qr.verify;

    // Messages (in core) reads this module's message bundles.
    opens io.residentid.qr.seal to io.residentid.core;
    opens io.residentid.qr.verify to io.residentid.core;
}

/**
 * resident-id KYC: one explainable verdict for banks over chip evidence, MRZ, QR credential and declared data, with
 * Arabic–Latin name matching and a signed evidence record.
 */
module io.residentid.kyc {
    requires transitive io.residentid.core;
    requires transitive io.residentid.pcsc;
    requires transitive io.residentid.qr;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.nimbusds.jose.jwt;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;

    exports io.residentid.kyc;
    exports io.residentid.kyc.names;

    // Messages (in core) reads this module's message bundles.
    opens io.residentid.kyc to io.residentid.core;
    opens io.residentid.kyc.names to io.residentid.core;
}

/**
 * resident-id core: the domain model, identity numbers, MRZ, PKI and signature validation, renewal rules, strict
 * JSON and the coded result model shared by every resident-id module.
 */
module io.residentid.core {
    // Bouncy Castle and Jackson types appear in public signatures (certificates, ObjectMapper).
    requires transitive org.bouncycastle.provider;
    requires transitive org.bouncycastle.pkix;
    requires transitive org.bouncycastle.util;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires java.net.http;

    exports io.residentid.core.id;
    exports io.residentid.core.json;
    exports io.residentid.core.model;
    exports io.residentid.core.mrz;
    exports io.residentid.core.pki;
    exports io.residentid.core.renewal;
    exports io.residentid.core.report;

    // Jackson binds the model's records and value types by reflection.
    opens io.residentid.core.model to com.fasterxml.jackson.databind;
    opens io.residentid.core.id to com.fasterxml.jackson.databind;
    opens io.residentid.core.mrz to com.fasterxml.jackson.databind;
    opens io.residentid.core.pki to com.fasterxml.jackson.databind;
    opens io.residentid.core.renewal to com.fasterxml.jackson.databind;
    opens io.residentid.core.report to com.fasterxml.jackson.databind;
}

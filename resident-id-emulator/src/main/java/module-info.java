/**
 * resident-id emulator: software cards, personas, the test PKI and the vpcd bridge, for tests, demos and
 * integrators' test suites. Never a production dependency.
 */
module io.residentid.emulator {
    requires transitive io.residentid.core;
    requires transitive io.residentid.pcsc;
    requires transitive io.residentid.mdoc;
    requires java.desktop;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.slf4j;

    exports io.residentid.emulator;
    exports io.residentid.emulator.mdoc;
}

/** An integrator's module: everything it needs comes through the resident-id modules it requires. */
module com.example.bank.kyc {
    requires io.residentid.core;
    requires io.residentid.pcsc;
    requires io.residentid.qr;
}

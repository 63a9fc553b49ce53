/**
 * A software smart card ({@link io.residentid.pcsc.emulator.SoftCard}) with an ISO/IEC 7816-4 file system, PINs and
 * applets, the built-in {@link io.residentid.pcsc.emulator.DemoResidentCard} profile (test data only), and the
 * {@link io.residentid.pcsc.emulator.VpcdClient} that shows it to pcscd through vsmartcard-vpcd.
 */
package io.residentid.pcsc.emulator;

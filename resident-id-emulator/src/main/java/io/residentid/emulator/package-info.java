/**
 * A software smart card ({@link io.residentid.emulator.SoftCard}) with an ISO/IEC 7816-4 file system, PINs and
 * applets, the built-in {@link io.residentid.emulator.DemoResidentCard} profile (test data only), and the
 * {@link io.residentid.emulator.VpcdClient} that shows it to pcscd through vsmartcard-vpcd.
 */
package io.residentid.emulator;

/**
 * The coded result model every verifier in the SDK shares, so that a report from any module reads the same way.
 *
 * <p>Where to start:
 * <ul>
 *   <li>Reading a result: a {@link io.residentid.core.report.Report} has a
 *       {@link io.residentid.core.report.Verdict} and the {@link io.residentid.core.report.Finding}s that explain it,
 *       each with a stable code and a {@link io.residentid.core.report.Severity}.</li>
 *   <li>Adding codes to a module: write an enum implementing {@link io.residentid.core.report.FindingCode}; its
 *       messages come by default from {@code messages.properties} and {@code messages_ar.properties} in the enum's
 *       package, read through {@link io.residentid.core.report.Messages} (English and Arabic, plural forms, digit
 *       policy).</li>
 *   <li>Refusing malformed input: throw a subclass of {@link io.residentid.core.report.ResidentIdException}, which
 *       carries the code, a localisable message and the offset or JSON path of the fault. Verification outcomes are
 *       reports, never exceptions.</li>
 * </ul>
 */
package io.residentid.core.report;

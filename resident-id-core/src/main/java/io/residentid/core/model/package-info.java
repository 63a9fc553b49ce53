/**
 * The values every reader produces and every verifier consumes: countries, document types, persons, documents and
 * dates in both calendars. All are immutable and safe to share between threads; none holds a {@code byte[]}.
 *
 * <p>Where to start:
 * <ul>
 *   <li>What was read from a card, QR code or mdoc: {@link io.residentid.core.model.IdentityDocument}, holding a
 *       {@link io.residentid.core.model.Person} (names, {@link io.residentid.core.model.Nationality},
 *       {@link io.residentid.core.model.Sex}, {@link io.residentid.core.model.Address}, dependants).</li>
 *   <li>Which state and which document: {@link io.residentid.core.model.IssuingCountry} (with its calendar and
 *       currency) and {@link io.residentid.core.model.DocumentType}.</li>
 *   <li>Binary data in records: {@link io.residentid.core.model.Bytes}, an immutable byte string.</li>
 *   <li>Hijri dates on Saudi documents: {@link io.residentid.core.model.HijriDates}.</li>
 *   <li>Logging personal data: {@link io.residentid.core.model.Masking}; every {@code toString()} here masks
 *       identifiers, names and dates of birth.</li>
 * </ul>
 */
package io.residentid.core.model;

/**
 * Machine-readable zones (ICAO Doc 9303 Parts 3-6): reading TD1 (3 x 30, the GCC resident cards), TD2 (2 x 36) and
 * TD3 (2 x 44, passports) from OCR or scanner text, checking their 7-3-1 check digits, repairing OCR confusions that
 * the check digits confirm, and generating MRZ lines from field values or an
 * {@link io.residentid.core.model.IdentityDocument}.
 *
 * <p>Entry points: {@link io.residentid.core.mrz.Mrz#parse(CharSequence)}, {@link io.residentid.core.mrz.MrzParser}
 * (clock and repair configured), {@link io.residentid.core.mrz.Mrz#builder(MrzFormat)}. Unreadable text throws
 * {@link io.residentid.core.mrz.MrzParseException}; a readable MRZ whose checks fail is a
 * {@link io.residentid.core.mrz.Mrz} with {@code valid() == false} and coded findings
 * ({@link io.residentid.core.mrz.MrzFindingCode}).
 */
package io.residentid.core.mrz;

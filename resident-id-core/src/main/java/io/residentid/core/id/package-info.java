/**
 * Identity-number validation for the six GCC states: one {@link io.residentid.core.id.IdNumberValidator} per
 * country, returning an immutable {@link io.residentid.core.id.IdValidationResult} with stable finding codes
 * ({@link io.residentid.core.id.IdFindingCode}) and the facts the number encodes. Wrong numbers never throw.
 * {@link io.residentid.core.id.CheckDigits} holds the Luhn and Kuwait mod-11 arithmetic;
 * {@link io.residentid.core.id.IdNumbers} has shortcuts and synthetic sample numbers.
 */
package io.residentid.core.id;

/**
 * Renewal and lifecycle rules as data: per-country {@link io.residentid.core.renewal.RulePack rule packs} with
 * the provenance of every figure, and calculators that answer when a card must be renewed, what it costs, which
 * fine is due, whether the resident is eligible and which documents are needed.
 *
 * <ul>
 *   <li>{@link io.residentid.core.renewal.RulePack} / {@link io.residentid.core.renewal.RulePacks}: strict JSON
 *       packs (schema in {@code packs/SCHEMA.md}), versions picked by date, integrator packs;
 *       {@link io.residentid.core.renewal.RulePackException} names the JSON path of a problem.</li>
 *   <li>{@link io.residentid.core.renewal.RenewalCalculator}: renewal, lost-card, household and streaming batch
 *       assessments; thread-safe.</li>
 *   <li>{@link io.residentid.core.renewal.RenewalApplication}: the portal workflow with guarded transitions.</li>
 *   <li>{@link io.residentid.core.renewal.RenewalText}: English and Arabic text for every code.</li>
 * </ul>
 * Amounts are {@link java.math.BigDecimal} at the currency's minor units; missing facts give
 * {@link io.residentid.core.renewal.ConditionResult#UNKNOWN}, never a guess.
 */
package io.residentid.core.renewal;

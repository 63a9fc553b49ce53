/**
 * The one strict JSON layer of the SDK: every JSON document any module reads goes through here, and every JSON
 * result it writes takes its shape from here.
 *
 * <p>Where to start:
 * <ul>
 *   <li>Reading an untrusted document: {@link io.residentid.core.json.StrictJson#parse(byte[], io.residentid.core.json.JsonLimits)} refuses
 *       duplicate keys, trailing data and non-standard literals and checks every {@link io.residentid.core.json.JsonLimits} bound while
 *       reading; then {@link io.residentid.core.json.JsonObjectReader} reads an object of known shape (typed,
 *       bounded getters, unknown properties refused, the JSON path in every error).</li>
 *   <li>Handling a refusal: {@link io.residentid.core.json.JsonFormatException} carries a
 *       {@link io.residentid.core.json.JsonCode}, the JSON path ({@code $.keys[2].kid}) and, for syntax errors, the
 *       offset; its message is bilingual and never quotes the input.</li>
 *   <li>Writing results: {@link io.residentid.core.json.ResidentIdJson#mapper()} is the shared Jackson configuration
 *       with the stable JSON forms of verdicts, findings and reports ({@link io.residentid.core.json.ResultJsonModule}).</li>
 * </ul>
 */
package io.residentid.core.json;

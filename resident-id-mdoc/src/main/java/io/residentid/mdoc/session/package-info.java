/** SessionTranscript and session encryption (HKDF session keys, AES-256-GCM with the standard IVs and counters). */
package io.residentid.mdoc.session;

/** VICAL (ISO/IEC 18013-5 Annex C): a signed list of trusted IACAs. */
package io.residentid.mdoc.vical;

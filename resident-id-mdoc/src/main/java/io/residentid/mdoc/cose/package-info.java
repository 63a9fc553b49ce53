/** COSE_Sign1, COSE_Mac0 and COSE_Key as ISO/IEC 18013-5 uses them, with the listed curves and algorithms. */
package io.residentid.mdoc.cose;

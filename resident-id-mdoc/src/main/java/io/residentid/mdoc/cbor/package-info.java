/** The strict, bounded CBOR codec: decoded items keep their exact bytes; built items encode deterministically. */
package io.residentid.mdoc.cbor;

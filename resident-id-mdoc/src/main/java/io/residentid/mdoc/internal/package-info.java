/** Implementation details (Bouncy Castle cryptography); not part of the API. */
package io.residentid.mdoc.internal;

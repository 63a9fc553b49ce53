/** DeviceResponse verification (issuer and device authentication), typed element values, mapping to the model. */
package io.residentid.mdoc.response;

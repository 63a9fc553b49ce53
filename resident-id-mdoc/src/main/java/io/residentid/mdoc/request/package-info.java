/** DeviceRequest and ItemsRequest, with optional reader authentication. */
package io.residentid.mdoc.request;

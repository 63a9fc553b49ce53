/** The reader side of one presentation: engagement to verified report. */
package io.residentid.mdoc.reader;

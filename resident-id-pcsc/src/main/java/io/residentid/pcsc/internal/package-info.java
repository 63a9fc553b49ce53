/**
 * Implementation of the PC/SC module shared between its packages (key derivation, block-cipher primitives,
 * padding, access-key encoding). Not exported by the module: no other module may use it, and it may change in any
 * release.
 */
package io.residentid.pcsc.internal;

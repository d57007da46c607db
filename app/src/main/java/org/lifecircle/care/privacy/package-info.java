/**
 * Elders' personal information at rest and on the way out: {@link org.lifecircle.care.privacy.FieldCipher}
 * (AES-256-GCM bound to table, column and row), {@link org.lifecircle.care.privacy.BlindIndex} (keyed HMAC for
 * exact lookups), {@link org.lifecircle.care.privacy.CareKeys} (where the keys come from),
 * {@link org.lifecircle.care.privacy.Masks} and {@link org.lifecircle.care.privacy.RevealPolicy} (what each role
 * sees), {@link org.lifecircle.care.privacy.AccessLog} (every unmasked read).
 */
@org.springframework.modulith.NamedInterface("privacy")
package org.lifecircle.care.privacy;

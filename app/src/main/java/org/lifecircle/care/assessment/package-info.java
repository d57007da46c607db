/** Ability assessment of older adults (GB/T 42195-2022): four dimension scores, their total and the care level. */
@org.springframework.modulith.NamedInterface("assessment")
package org.lifecircle.care.assessment;

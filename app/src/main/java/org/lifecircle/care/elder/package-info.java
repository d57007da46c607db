/**
 * Elders (服务对象): identity, contact, address and compound, station, emergency contacts, ability assessments, the
 * separate consent for sensitive data, health notes. Personal data is encrypted at rest and masked in every answer
 * unless revealed by a role that needs it; every reveal is logged ({@code care.privacy}).
 */
@org.springframework.modulith.NamedInterface("elder")
package org.lifecircle.care.elder;

/** Caregivers (养老护理员): station, skills with certificates, weekly working hours, travel mode. */
@org.springframework.modulith.NamedInterface("caregiver")
package org.lifecircle.care.caregiver;

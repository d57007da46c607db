package org.lifecircle.care.request;

/** Published in the filing transaction; dispatch listens to alert a caregiver for an emergency. */
public record RequestFiled(CareRequest request) {
}

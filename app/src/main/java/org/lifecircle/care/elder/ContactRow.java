package org.lifecircle.care.elder;

/** An emergency contact as stored: the phone still encrypted. */
record ContactRow(long id, long elderId, String name, String relation, String phoneEnc) {
}

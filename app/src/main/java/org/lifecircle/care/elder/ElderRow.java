package org.lifecircle.care.elder;

import java.time.LocalDate;

import org.lifecircle.care.assessment.CareLevel;

/** An elder row as stored: personal fields still encrypted. Never leaves this package. */
record ElderRow(long id, long stationId, String stationName, long communityId, String communityName, long compoundId,
                String compoundName, String name, String nameInitials, LocalDate birthDate, IdCardNumber.Sex sex,
                String idNumberEnc, String phoneEnc, String addressEnc, String building, CareLevel careLevel,
                LocalDate assessedOn, String healthNotesEnc) {

    ElderRow withPlaceNames(String community, String compound) {
        return new ElderRow(id, stationId, stationName, communityId, community, compoundId, compound, name, nameInitials,
                birthDate, sex, idNumberEnc, phoneEnc, addressEnc, building, careLevel, assessedOn, healthNotesEnc);
    }
}

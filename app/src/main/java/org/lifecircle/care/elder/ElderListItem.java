package org.lifecircle.care.elder;

import org.lifecircle.care.assessment.CareLevel;

/** One line of the elder list: always masked (revealing is done one elder at a time, on purpose). */
public record ElderListItem(long id, String name, IdCardNumber.Sex sex, int age, String phone, String address,
                            String stationName, String communityName, CareLevel careLevel) {
}

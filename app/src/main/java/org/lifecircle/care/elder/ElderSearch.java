package org.lifecircle.care.elder;

import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.privacy.BlindIndex;

/**
 * Reads the search box the way a dispatcher types into it: a whole ID number is looked up exactly, a phone number
 * or its last four digits through the blind index (the elder's own or an emergency contact's), anything else as a
 * name, its pinyin or its initials.
 */
final class ElderSearch {

    private ElderSearch() {
    }

    static ElderRepository.Search of(String query, BlindIndex index) {
        if (query == null || query.isBlank()) {
            return new ElderRepository.Search.All();
        }
        String text = query.strip();
        if (IdCardNumber.looksLikeOne(text)) {
            return new ElderRepository.Search.ByIdNumber(index.of(BlindIndex.Kind.ID_NUMBER, IdCardNumber.normalise(text)));
        }
        String digits = PhoneNumber.normalise(text);
        if (digits.matches("\\d{4}")) {
            return new ElderRepository.Search.ByPhone("phone_last4_index", index.of(BlindIndex.Kind.PHONE_LAST4, digits));
        }
        if (digits.matches("\\d{7,12}")) {
            return new ElderRepository.Search.ByPhone("phone_index", index.of(BlindIndex.Kind.PHONE, digits));
        }
        return new ElderRepository.Search.ByName(text);
    }
}

package org.lifecircle.atlas;

/** The three classes of service (三类) a center's functional areas are counted in. */
public enum ServiceClass {
    /** 政务服务: payments, social security, civil affairs, registration, tax, police desk. */
    GOVERNMENT,
    /** 社会事务服务: community health center, elder day care, cultural center, gym. */
    SOCIAL,
    /** 生活服务: market, supermarket, dining, bank, post, laundry, barber, pharmacy, repair. */
    DAILY_LIFE
}

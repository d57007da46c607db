package org.lifecircle.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifecircle.directory.*}: how far the directory of a community reaches, when an entry counts as stale, the
 * portal's public address printed as the handbook's QR code, and how many proposals one client may send.
 *
 * @param walkMinutes       a merchant belongs to a community's directory when it is within this walk of one of the
 *                          community's compounds (or is recorded in the community); 15 by default, the 15-minute life
 *                          circle the district plans by, at an adult's pace (1.2 m/s), so an elderly reader walks it in
 *                          about 20 minutes
 * @param elderlyPace       measure the walk at an elderly person's pace (0.9 m/s) instead
 * @param staleAfter        an entry not verified for this long is flagged for staff (180 days by default)
 * @param publicBaseUrl     where residents reach the platform, e.g. {@code https://life.example.gov.cn}: the QR code
 *                          on the printed handbook links to {@code publicBaseUrl/c/{code}}
 * @param proposalsPerHour  proposals one client address may send an hour (public form: a simple flood guard)
 */
@ConfigurationProperties("lifecircle.directory")
public record DirectorySettings(Integer walkMinutes, Boolean elderlyPace, Duration staleAfter, String publicBaseUrl,
                                Integer proposalsPerHour) {

    public DirectorySettings {
        walkMinutes = walkMinutes == null ? 15 : walkMinutes;
        elderlyPace = elderlyPace != null && elderlyPace;
        staleAfter = staleAfter == null ? Duration.ofDays(180) : staleAfter;
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
                : publicBaseUrl.strip().replaceAll("/+$", "");
        proposalsPerHour = proposalsPerHour == null ? 20 : proposalsPerHour;
        if (walkMinutes < 1 || walkMinutes > 60) {
            throw new IllegalArgumentException("lifecircle.directory.walk-minutes must be 1–60, not " + walkMinutes);
        }
    }
}

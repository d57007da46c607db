package org.lifecircle.directory.handbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;

import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.directory.DirectorySettings;
import org.lifecircle.directory.errands.Errand;
import org.lifecircle.directory.errands.ErrandService;
import org.lifecircle.directory.listing.CommunityDirectory;
import org.lifecircle.directory.listing.DirectoryEntry;
import org.lifecircle.directory.listing.DirectorySection;
import org.lifecircle.directory.listing.DirectoryService;
import org.springframework.stereotype.Service;

/** Puts a community's handbook together from the directory, the errand guides and the community's record. */
@Service
class HandbookService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DirectoryService directories;
    private final ErrandService errands;
    private final DirectorySettings settings;

    HandbookService(DirectoryService directories, ErrandService errands, DirectorySettings settings) {
        this.directories = directories;
        this.errands = errands;
        this.settings = settings;
    }

    Handbook handbook(String communityCode, Locale locale) {
        CommunityDirectory directory = directories.of(communityCode, locale);
        var guides = errands.forCommunity(directory.community().id());
        String url = settings.publicBaseUrl() + "/c/" + directory.community().code();
        return new Handbook(directory, guides, url, LocalDate.now(ZONE), stamp(directory, guides));
    }

    /**
     * A fingerprint of everything the handbook prints that staff can change (the committee's record, the entries
     * with their walking minutes, the guides), in no particular language: equal stamps, equal handbooks.
     */
    static String stamp(CommunityDirectory directory, java.util.List<Errand> guides) {
        StringBuilder text = new StringBuilder();
        var c = directory.community();
        append(text, c.name(), c.committeeAddress(), c.phone(), c.officeHours(), c.compounds(), c.households(),
                c.population());
        for (DirectorySection section : directory.sections()) {
            for (DirectoryEntry e : section.entries()) {
                Facility f = e.facility();
                append(text, section.code(), f.id(), f.name(), f.address(), f.businessScope(), f.phone(),
                        f.openingHours(), e.roundedMinutes(), f.verifiedAt() == null ? null : f.verifiedAt().toLocalDate());
            }
        }
        for (Errand g : guides) {
            append(text, g.id(), g.title(), g.place(), g.materials(), g.hours(), g.phone(), g.note(), g.example());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder text, Object... values) {
        for (Object v : values) {
            text.append(v).append('\u001f');
        }
        text.append('\u001e');
    }
}

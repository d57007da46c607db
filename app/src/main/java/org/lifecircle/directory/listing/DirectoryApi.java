package org.lifecircle.directory.listing;

import java.util.List;
import java.util.Locale;

import org.lifecircle.atlas.facility.Facility;
import org.lifecircle.atlas.facility.FacilityService;
import org.lifecircle.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Directory 商户名录")
class DirectoryApi {

    private final DirectoryService directories;
    private final FacilityService facilities;

    DirectoryApi(DirectoryService directories, FacilityService facilities) {
        this.directories = directories;
        this.facilities = facilities;
    }

    /** An entry as the API gives it: the facility's fields that matter to a reader, the walk, and verification. */
    record Entry(long id, String name, String kind, String address, String businessScope, String phone,
                 String openingHours, Integer minutes, String fromCompound, java.time.LocalDate verifiedOn, boolean stale) {
        static Entry of(DirectoryEntry e, Locale locale) {
            Facility f = e.facility();
            return new Entry(f.id(), f.name(), "en".equals(locale.getLanguage()) ? f.categoryNameEn() : f.categoryName(),
                    f.address(), f.businessScope(), f.phone(), f.openingHours(), e.roundedMinutes(), e.fromCompound(),
                    e.verifiedOn(), e.stale());
        }
    }

    record Section(String code, String name, List<Entry> entries) {
    }

    record Directory(String community, String communityName, int walkMinutes, int entries, List<Section> sections) {
    }

    @GetMapping("/api/v1/directory/communities/{code}")
    @Operation(summary = "A community's directory by the handbook's 11 categories, nearest first (walking minutes "
            + "from the community's compounds), with the date each entry was last verified")
    Directory directory(@PathVariable String code, Locale locale) {
        CommunityDirectory d = directories.of(code, locale);
        return new Directory(code, d.community().name(), d.walkMinutes(), d.entryCount(), d.sections().stream()
                .map(s -> new Section(s.code(), s.name(), s.entries().stream().map(e -> Entry.of(e, locale)).toList()))
                .toList());
    }

    @PostMapping("/api/v1/directory/facilities/{id}/verified")
    @Operation(summary = "Mark an entry verified today (staff of its community, its center's operator, or an administrator)")
    Entry verified(Actor actor, @PathVariable long id, Locale locale) {
        Facility f = facilities.markVerified(actor, id);
        return Entry.of(new DirectoryEntry(f, null, null, false), locale);
    }
}

package org.lifecircle.directory.handbook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifecircle.atlas.Scope;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handbook's editions: staff of the community (or a district administrator) regenerate it after changes; each
 * edition is kept as printed, numbered per community. Editions are printed in Chinese, the residents' language.
 */
@Service
class EditionService {

    static final Locale PRINT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final HandbookService handbooks;
    private final HandbookPdf pdf;
    private final EditionRepository editions;
    private final AuditLog audit;

    EditionService(HandbookService handbooks, HandbookPdf pdf, EditionRepository editions, AuditLog audit) {
        this.handbooks = handbooks;
        this.pdf = pdf;
        this.editions = editions;
        this.audit = audit;
    }

    @Transactional
    Edition regenerate(Actor actor, String communityCode, PaperFormat format) {
        Handbook handbook = handbooks.handbook(communityCode, PRINT_LANGUAGE);
        long community = handbook.community().id();
        Scope.require(actor.canManageCommunity(community), "handbook of community " + communityCode);
        int number = editions.nextNumber(community);
        byte[] bytes = pdf.render(handbook, format, number, PRINT_LANGUAGE);
        int merchants = handbook.directory().entryCount();
        editions.insert(community, number, format, actor.username(), merchants, handbook.stamp(), bytes);
        audit.record(actor, "directory.handbook.generated", "community", community,
                handbook.community().name() + " #" + number + " " + format + ", " + merchants + " merchants");
        return editions.find(community, number).orElseThrow();
    }

    List<Edition> editions(long communityId) {
        return editions.of(communityId);
    }

    Optional<Edition> latest(long communityId) {
        return editions.of(communityId).stream().findFirst();
    }

    Edition edition(long communityId, int number) {
        return editions.find(communityId, number)
                .orElseThrow(() -> new NotFoundException("directory.edition", number));
    }

    byte[] pdf(Edition edition) {
        return editions.pdf(edition.id()).orElseThrow(() -> new NotFoundException("directory.edition", edition.number()));
    }
}

package org.lifecircle.care.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lifecircle.care.request.CareRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a linked resident account sees of its elders' requests and visits. */
@Service
public class FamilyVisits {

    private final RequestService requests;
    private final VisitService visits;

    FamilyVisits(RequestService requests, VisitService visits) {
        this.requests = requests;
        this.visits = visits;
    }

    /** The linked elders' requests from {@code from} on, newest day first, with their visits. */
    @Transactional(readOnly = true)
    public List<FamilyView> requests(Actor actor, LocalDate from) {
        List<CareRequest> mine = requests.mine(actor, from);
        Map<Long, Visit> visited = visits.of(mine.stream().map(CareRequest::id).toList());
        return mine.stream().map(r -> FamilyView.of(r, visited.get(r.id()))).toList();
    }

    @Transactional(readOnly = true)
    public FamilyView request(Actor actor, long id) {
        CareRequest r = requests.get(actor, id);
        return FamilyView.of(r, visits.of(List.of(id)).get(id));
    }
}

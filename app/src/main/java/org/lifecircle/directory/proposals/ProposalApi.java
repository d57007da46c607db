package org.lifecircle.directory.proposals;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Directory 商户名录")
class ProposalApi {

    private final ProposalService proposals;
    private final MessageSource messages;

    ProposalApi(ProposalService proposals, MessageSource messages) {
        this.proposals = proposals;
        this.messages = messages;
    }

    /** What the proposer learns back: not the stored record, which holds their phone. */
    record Received(long id, ProposalKind kind, ProposalStatus status) {
    }

    record Rejection(String reason) {
    }

    @PostMapping("/api/v1/directory/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a change to the directory: a new shop, a shop closed, or changed details. Public "
            + "(merchants and residents leave a name and phone); at most a few an hour from one address")
    Received propose(Actor actor, @Valid @RequestBody ProposalForm form, HttpServletRequest request) {
        Proposal p = proposals.propose(actor, form, request.getRemoteAddr());
        return new Received(p.id(), p.kind(), p.status());
    }

    @GetMapping("/api/v1/directory/proposals")
    @Operation(summary = "Proposals the caller may decide (staff: their community's; administrators: all)")
    List<Proposal> list(Actor actor, @RequestParam(defaultValue = "PENDING") ProposalStatus status) {
        return proposals.decidable(actor, status);
    }

    @GetMapping("/api/v1/directory/proposals/{id}")
    Proposal get(Actor actor, @PathVariable long id) {
        return proposals.get(actor, id);
    }

    @PostMapping("/api/v1/directory/proposals/{id}/approve")
    @Operation(summary = "Approve: the change is applied to the registry and the entry counts as verified today")
    Proposal approve(Actor actor, @PathVariable long id) {
        return proposals.approve(actor, id);
    }

    @PostMapping("/api/v1/directory/proposals/{id}/reject")
    @Operation(summary = "Reject with a reason (required); nothing changes in the registry")
    Proposal reject(Actor actor, @PathVariable long id, @RequestBody Rejection rejection) {
        return proposals.reject(actor, id, rejection.reason());
    }

    @ExceptionHandler(TooManyProposalsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyProposalsException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("directory.error.tooMany", null, locale));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600").body(problem);
    }
}

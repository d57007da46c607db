package org.lifecircle.identity.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lifecircle.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients and smart terminals, and "who am I" for both. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Bearer tokens and the current user")
class TokenApi {

    private final PasswordAuthenticator authenticator;
    private final ApiTokens tokens;
    private final ProblemWriter problems;

    TokenApi(PasswordAuthenticator authenticator, ApiTokens tokens, ProblemWriter problems) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.problems = problems;
    }

    record TokenRequest(String username, String password, String label) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    record Me(boolean authenticated, String username, String displayName, Role role, Long communityId,
              Long centerId, Long careStationId, String via) {
    }

    @PostMapping("/tokens")
    @Operation(summary = "Issue a bearer token for a username and password; the token is shown only once")
    ResponseEntity<?> issue(@RequestBody TokenRequest body, HttpServletRequest request) {
        String label = body.label() == null || body.label().isBlank() ? "api" : body.label().strip();
        if (body.username() == null || body.username().isBlank() || body.password() == null || body.password().isEmpty()) {
            return problem(problems.problem(request, HttpStatus.BAD_REQUEST, "identity.token.credentialsRequired"));
        }
        if (label.length() > 100) {
            return problem(problems.problem(request, HttpStatus.BAD_REQUEST, "identity.token.labelTooLong", 100));
        }
        AccountUser user;
        try {
            user = authenticator.check(body.username(), body.password());
        } catch (AccountLockedException e) {
            ProblemDetail problem = problems.problem(request, HttpStatus.UNAUTHORIZED, "identity.problem.locked",
                    LoginPage.minutesLeft(e.lockedUntil()));
            problem.setProperty("lockedUntil", e.lockedUntil());
            return problem(problem);
        } catch (DisabledException e) {
            return problem(problems.problem(request, HttpStatus.UNAUTHORIZED, "identity.problem.disabled"));
        } catch (AuthenticationException e) {
            return problem(problems.problem(request, HttpStatus.UNAUTHORIZED, "identity.problem.badCredentials"));
        }
        ApiTokens.Issued issued = tokens.issue(user, label);
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    @DeleteMapping("/tokens/current")
    @Operation(summary = "Revoke the bearer token this request was made with")
    ResponseEntity<?> revokeCurrent(Authentication authentication, HttpServletRequest request) {
        if (!(authentication instanceof BearerTokenAuthentication bearer)) {
            return problem(problems.problem(request, HttpStatus.BAD_REQUEST, "identity.token.notBearer"));
        }
        tokens.revoke(bearer);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @Operation(summary = "The current user, its role and scope; anonymous when nobody is logged in")
    Me me(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            var actor = user.actor();
            return new Me(true, actor.username(), user.displayName(), actor.role(), actor.communityId(),
                    actor.centerId(), actor.careStationId(), authentication instanceof BearerTokenAuthentication ? "token" : "session");
        }
        return new Me(false, null, null, null, null, null, null, null);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}

package org.lifecircle.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.lifecircle.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; the form's POST is handled by Spring Security. */
@Controller
class LoginPage {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    LoginPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(Actor actor, Locale locale, @RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String expired, HttpSession session, Model model) {
        if (actor.role() != null) {
            return "redirect:/";
        }
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", messages.getMessage(reason(failure), locale));
            model.addAttribute("username", session.getAttribute(LoginFailureHandler.LAST_USERNAME));
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        } else if (expired != null) {
            model.addAttribute("error", messages.getMessage("identity.login.expired", null, locale));
        } else if (logout != null) {
            model.addAttribute("info", messages.getMessage("identity.login.loggedOut", null, locale));
        }
        return "login";
    }

    /** The same message for an unknown user and a wrong password, so usernames cannot be probed. */
    static MessageSourceResolvable reason(Object failure) {
        if (failure instanceof AccountLockedException locked) {
            long minutes = minutesLeft(locked.lockedUntil());
            String until = CLOCK.format(locked.lockedUntil().atZone(ZONE));
            return new DefaultMessageSourceResolvable(new String[] {"identity.login.locked"}, new Object[] {minutes, until});
        }
        if (failure instanceof DisabledException) {
            return new DefaultMessageSourceResolvable("identity.login.disabled");
        }
        return new DefaultMessageSourceResolvable("identity.login.badCredentials");
    }

    /** Whole minutes until the lock runs out, rounded up: "15 minutes" right after locking. */
    static long minutesLeft(Instant lockedUntil) {
        long seconds = Math.max(0, Duration.between(Instant.now(), lockedUntil).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}

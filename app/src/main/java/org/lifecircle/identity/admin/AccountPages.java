package org.lifecircle.identity.admin;

import org.lifecircle.shared.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lifecircle.identity.Account;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration for district administrators (the URL rule and AccountService both check). */
@Controller
@RequestMapping("/admin/accounts")
class AccountPages {

    static final int PAGE_SIZE = 20;

    private final AccountService accounts;
    private final Scopes scopes;
    private final MessageSource messages;

    AccountPages(AccountService accounts, Scopes scopes, MessageSource messages) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model) {
        Scopes.Snapshot places = scopes.snapshot();
        model.addAttribute("accounts", accounts.list(actor, q, page, size).map(places.rows(Instant.now())));
        model.addAttribute("q", q.strip());
        return "identity/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, new AccountForm(), Map.of());
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
                  Locale locale, RedirectAttributes redirect) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            // only type mismatches reach here, e.g. letters in the community id
            problems.putIfAbsent(error.getField(), messages.getMessage("identity.account.invalidValue", null, locale));
        }
        if (problems.isEmpty()) {
            try {
                Account created = accounts.create(actor, form.toNewAccount());
                redirect.addFlashAttribute("flash", messages.getMessage("identity.account.created",
                        new Object[] {created.username()}, locale));
                return "redirect:/admin/accounts";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(), locale)));
            }
        }
        return form(model, form, problems);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(Actor actor, @PathVariable long id, @RequestParam boolean enabled,
                      @RequestParam(defaultValue = "0") int page, Locale locale, RedirectAttributes redirect) {
        return act(redirect, page, locale, () -> {
            Account account = accounts.setEnabled(actor, id, enabled);
            return messages.getMessage(enabled ? "identity.account.enabledDone" : "identity.account.disabledDone",
                    new Object[] {account.username()}, locale);
        });
    }

    @PostMapping("/{id}/password")
    String resetPassword(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String password,
                         @RequestParam(defaultValue = "0") int page, Locale locale, RedirectAttributes redirect) {
        return act(redirect, page, locale, () -> {
            accounts.resetPassword(actor, id, password);
            return messages.getMessage("identity.account.passwordResetDone", new Object[] {accounts.get(id).username()}, locale);
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale,
                  RedirectAttributes redirect) {
        return act(redirect, page, locale, () -> messages.getMessage("identity.account.unlockedDone",
                new Object[] {accounts.unlock(actor, id).username()}, locale));
    }

    @PostMapping("/{id}/tokens/revoke")
    String revokeTokens(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale,
                        RedirectAttributes redirect) {
        return act(redirect, page, locale, () -> {
            int revoked = accounts.revokeTokens(actor, id);
            return messages.getMessage("identity.account.tokensRevokedDone",
                    new Object[] {accounts.get(id).username(), revoked}, locale);
        });
    }

    private String form(Model model, AccountForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopes", scopes.snapshot());
        return "identity/account-form";
    }

    /** Runs a list action; its outcome, good or bad, is a flash message above the list. */
    private String act(RedirectAttributes redirect, int page, Locale locale, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (InvalidInputException e) {
            InvalidInputException.FieldProblem p = e.problems().get(0);
            redirect.addFlashAttribute("failure", messages.getMessage(p.messageKey(), p.args(), locale));
        }
        return "redirect:/admin/accounts?page=" + Math.max(0, page);
    }
}

package org.lifecircle.directory.handbook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.lifecircle.atlas.category.CategoryService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handbook on the web ({@code /c/{code}/handbook}, public, printable) and as PDF: the latest edition, any
 * edition, and the staff's "regenerate" (a {@code /directory/**} staff page; scope checked by {@link EditionService}).
 */
@Controller
class HandbookPages {

    private final HandbookService handbooks;
    private final EditionService editions;
    private final HandbookPdf pdf;
    private final CategoryService categories;
    private final DivisionService divisions;

    HandbookPages(HandbookService handbooks, EditionService editions, HandbookPdf pdf, CategoryService categories,
                  DivisionService divisions) {
        this.handbooks = handbooks;
        this.editions = editions;
        this.pdf = pdf;
        this.categories = categories;
        this.divisions = divisions;
    }

    @GetMapping("/c/{code}/handbook")
    String page(@PathVariable String code, Actor actor, Locale locale, Model model) {
        Handbook handbook = handbooks.handbook(code, locale);
        long community = handbook.community().id();
        var list = editions.editions(community);
        Optional<Edition> latest = list.stream().findFirst();
        model.addAttribute("h", handbook);
        model.addAttribute("editions", list);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("changedSinceLatest", latest.map(e -> !e.directoryStamp().equals(handbook.stamp())).orElse(false));
        model.addAttribute("canManage", actor.canManageCommunity(community));
        model.addAttribute("kinds", categories.catalogue().stream().filter(c -> !c.isGroup() && c.active()).toList());
        model.addAttribute("qr", QrCode.svg(handbook.portalUrl(), 30));
        return "directory/handbook";
    }

    /** The latest edition; before the first edition, a print of the current directory (no number on its cover). */
    @GetMapping("/c/{code}/handbook.pdf")
    ResponseEntity<byte[]> latestPdf(@PathVariable String code, @RequestParam(defaultValue = "A5") PaperFormat format,
                                     Locale locale) {
        Community community = community(code);
        Optional<Edition> latest = editions.latest(community.id());
        if (latest.isPresent()) { // stored as printed: no walking, no rendering
            return pdf(editions.pdf(latest.get()), fileName(community, latest.get().number()));
        }
        return pdf(pdf.render(handbooks.handbook(code, locale), format, null, locale), fileName(community, null));
    }

    @GetMapping("/c/{code}/handbook/editions/{number}.pdf")
    ResponseEntity<byte[]> editionPdf(@PathVariable String code, @PathVariable int number) {
        Community community = community(code);
        return pdf(editions.pdf(editions.edition(community.id(), number)), fileName(community, number));
    }

    @PostMapping("/directory/handbooks/{code}/editions")
    String regenerate(@PathVariable String code, @RequestParam(defaultValue = "A5") PaperFormat format, Actor actor,
                      RedirectAttributes flash) {
        Edition edition = editions.regenerate(actor, code, format);
        flash.addFlashAttribute("generated", edition.number());
        return "redirect:/c/" + code + "/handbook#editions";
    }

    private Community community(String code) {
        return divisions.communityByCode(code).orElseThrow(() -> new NotFoundException("atlas.community", code));
    }

    private static String fileName(Community community, Integer number) {
        return community.shortName() + "便民服务手册" + (number == null ? "" : "-第" + number + "版") + ".pdf";
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(bytes);
    }
}

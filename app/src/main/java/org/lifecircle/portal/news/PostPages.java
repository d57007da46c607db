package org.lifecircle.portal.news;

import jakarta.validation.Valid;

import org.lifecircle.atlas.FormErrors;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.identity.Actor;
import org.lifecircle.portal.PortalCommunities;
import org.lifecircle.portal.images.ImageService;
import org.lifecircle.portal.richtext.RichText;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor pages where a community's staff write, publish, pin and delete its news and notices. */
@Controller
class PostPages {

    private final PostService posts;
    private final PortalCommunities communities;
    private final ImageService images;

    PostPages(PostService posts, PortalCommunities communities, ImageService images) {
        this.images = images;
        this.posts = posts;
        this.communities = communities;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/c/{code}/manage/posts/new")
    String newForm(Actor actor, @PathVariable String code, Model model) {
        Community community = communities.managedBy(actor, code);
        return form(model, community, new PostForm(), null);
    }

    @PostMapping("/c/{code}/manage/posts/new")
    String create(Actor actor, @PathVariable String code, @Valid @ModelAttribute("form") PostForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        Community community = communities.managedBy(actor, code);
        return FormErrors.submit(result, () -> {
            Post saved = posts.create(actor, community.id(), form);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/c/" + code + "/manage";
        }, () -> form(model, community, form, null));
    }

    @GetMapping("/c/{code}/manage/posts/{id}/edit")
    String editForm(Actor actor, @PathVariable String code, @PathVariable long id, Model model) {
        Community community = communities.managedBy(actor, code);
        Post post = ownPost(community, id);
        return form(model, community, PostForm.of(post, PostService.ZONE), post);
    }

    @PostMapping("/c/{code}/manage/posts/{id}/edit")
    String update(Actor actor, @PathVariable String code, @PathVariable long id,
                  @Valid @ModelAttribute("form") PostForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Community community = communities.managedBy(actor, code);
        Post post = ownPost(community, id);
        return FormErrors.submit(result, () -> {
            Post saved = posts.update(actor, id, form);
            redirect.addFlashAttribute("saved", saved.title());
            return "redirect:/c/" + code + "/manage";
        }, () -> form(model, community, form, post));
    }

    @PostMapping("/c/{code}/manage/posts/{id}/delete")
    String delete(Actor actor, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        Community community = communities.managedBy(actor, code);
        Post post = ownPost(community, id);
        posts.delete(actor, id);
        redirect.addFlashAttribute("deleted", post.title());
        return "redirect:/c/" + code + "/manage";
    }

    /** The editor starts from sanitised HTML only, also when a refused form comes back. */
    private String form(Model model, Community community, PostForm form, Post post) {
        form.setBody(RichText.sanitise(form.getBody()));
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("imageLimit", images.maxSizeText());
        model.addAttribute("post", post);
        model.addAttribute("kinds", PostKind.values());
        return "portal/post-form";
    }

    private Post ownPost(Community community, long id) {
        Post post = posts.get(id);
        if (post.communityId() != community.id()) {
            throw new NotFoundException("portal.post", id);
        }
        return post;
    }
}

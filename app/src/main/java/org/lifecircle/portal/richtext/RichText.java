package org.lifecircle.portal.richtext;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list that every piece of staff-written HTML (a post's body, an event's description) passes through before
 * it is stored; pages render the stored result as it is. Anything not listed here is dropped: scripts, styles, event
 * handlers, frames, SVG, forms, classes and ids. Links may only go to http, https, mailto and tel, and open in a new
 * tab without handing it the portal ({@code rel="nofollow noopener noreferrer"}). Images may only come from this
 * platform's own image store ({@code /images/{id}}), so a post cannot load pictures from elsewhere (tracking, mixed
 * content) or carry {@code data:} URLs.
 */
public final class RichText {

    /** The platform's own image URLs, as {@code ImageApi} hands them out. */
    public static final Pattern OWN_IMAGE = Pattern.compile("/images/[0-9]{1,18}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "blockquote", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // every link opens in a new tab: the resident keeps the portal
            .allowElements((name, attributes) -> {
                int target = attributes.indexOf("target");
                if (target >= 0 && target % 2 == 0) {
                    attributes.remove(target + 1);
                    attributes.remove(target);
                }
                attributes.add("target");
                attributes.add("_blank");
                return name;
            }, "a")
            .allowAttributes("src").matching(OWN_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
            // an image whose source was not one of ours is dropped whole, not left as an empty box
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("th", "td")
            .toFactory();

    private RichText() {
    }

    /** The HTML reduced to the allow-list; null becomes the empty string. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /** The text a reader would see, for length checks and summaries. */
    public static String plainText(String html) {
        return sanitise(html).replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&#160;", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }

    /** Whether the HTML shows nothing at all: no text and no image (Quill's empty editor is {@code <p><br></p>}). */
    public static boolean isEmpty(String html) {
        String clean = sanitise(html);
        return plainText(clean).isEmpty() && !clean.contains("<img");
    }
}

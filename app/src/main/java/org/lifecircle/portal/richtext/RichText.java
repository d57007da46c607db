package org.lifecircle.portal.richtext;

import java.util.regex.Matcher;
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

    /** A character the sanitiser wrote as a numeric reference ({@code &#xff0c;}). */
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "blockquote", "ul", "ol", "li",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // a link whose address was refused is dropped (its text stays); every other opens in a new tab, so the
            // resident keeps the portal
            .allowElements((name, attributes) -> {
                if (!hasAttribute(attributes, "href")) {
                    return null;
                }
                if (!hasAttribute(attributes, "target")) {
                    attributes.add("target");
                    attributes.add("_blank");
                }
                return name;
            }, "a")
            .allowAttributes("src").matching(OWN_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
            // an image whose source was not one of ours is dropped whole, not left as an empty box
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("th", "td")
            .toFactory();

    private RichText() {
    }

    /** OWASP hands attributes over as a flat list: name, value, name, value. */
    private static boolean hasAttribute(java.util.List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The HTML reduced to the allow-list; null becomes the empty string. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /**
     * The text a reader would see, for emptiness checks and summaries. (The sanitiser writes some characters as
     * numeric references, full-width punctuation among them: {@code ，} becomes {@code &#xff0c;}; browsers show them
     * as the characters.)
     */
    public static String plainText(String html) {
        return textOf(sanitise(html));
    }

    /** Whether the HTML shows nothing at all: no text and no image (Quill's empty editor is {@code <p><br></p>}). */
    public static boolean isEmpty(String html) {
        String clean = sanitise(html);
        return textOf(clean).isEmpty() && !clean.contains("<img");
    }

    /** The text of HTML the sanitiser has already written. */
    private static String textOf(String clean) {
        String text = clean.replaceAll("<[^>]*>", " ");
        text = NUMERIC_REFERENCE.matcher(text).replaceAll(m -> {
            String n = m.group(1);
            int code = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            return Matcher.quoteReplacement(new String(Character.toChars(code)));
        });
        return text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}

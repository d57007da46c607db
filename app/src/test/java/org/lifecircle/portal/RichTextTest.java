package org.lifecircle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifecircle.portal.richtext.RichText;

/** The allow-list on its own: what harmless formatting keeps, and what every kind of hostile markup loses. */
class RichTextTest {

    @Test
    void harmlessFormattingSurvives() {
        String html = "<h2>停水通知</h2><p><strong>粗</strong><b>b</b><em>斜</em><i>i</i><u>下划线</u><s>删除</s><br></p>"
                + "<blockquote>引用</blockquote><ul><li>一</li></ul><ol><li>二</li></ol><h3>三</h3><h4>四</h4>"
                + "<table><tbody><tr><th>时间</th><td colspan=\"2\">上午</td></tr></tbody></table>"
                + "<p><a href=\"https://example.org/a?b=1\">链接</a> <a href=\"tel:0371-65550000\">电话</a>"
                + " <a href=\"mailto:a@example.org\">邮件</a></p><p><img src=\"/images/42\" alt=\"照片\"></p>";
        String clean = RichText.sanitise(html);
        assertThat(clean).contains("<h2>停水通知</h2>", "<strong>粗</strong>", "<b>b</b>", "<em>斜</em>", "<i>i</i>",
                "<u>下划线</u>", "<s>删除</s>", "<br />", "<blockquote>引用</blockquote>", "<ul><li>一</li></ul>",
                "<ol><li>二</li></ol>", "<h3>三</h3>", "<h4>四</h4>", "<th>时间</th>", "colspan=\"2\"",
                "href=\"https://example.org/a?b&#61;1\"", "href=\"tel:0371-65550000\"", "href=\"mailto:a&#64;example.org\"",
                "src=\"/images/42\"", "alt=\"照片\"");
        assertThat(clean).contains("target=\"_blank\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void hostileMarkupIsRemoved() {
        String[] hostile = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"/images/1\" onerror=\"alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                "<img src=\"https://evil.example/track.gif\">",
                "<img src=\"//evil.example/images/1\">",
                "<svg onload=alert(1)><circle></circle></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<p style=\"width:expression(alert(1))\">x</p>",
                "<style>p{background:url(https://evil.example)}</style>",
                "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</p>",
                "<strong onmouseover=alert(1)>x</strong>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
                "<form action=\"https://evil.example\"><input name=p><button>b</button></form>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<p><b><i>unclosed <script>alert(1)",
                "<<script>script>alert(1)<</script>/script>",
                "<p class=\"x\" id=\"y\">x</p>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">",
                "<img src=\"/images/1\" width=\"100\" height=\"1;alert(1)\">",
                "<!--<script>alert(1)</script>-->",
        };
        for (String html : hostile) {
            String clean = RichText.sanitise("<p>前</p>" + html + "<p>后</p>").toLowerCase();
            assertThat(clean).as(html)
                    .doesNotContain("<script", "alert(1)</", "onerror", "onload", "onclick", "onmouseover", "javascript:",
                            "data:", "<svg", "<iframe", "<object", "<embed", "style", "expression(", "url(", "<form",
                            "<input", "<math", "evil.example", "<meta", "<base", "class=", "id=", "<!--", "1;alert")
                    .contains("<p>前</p>");
        }
    }

    @Test
    void brokenAndNestedMarkupIsBalanced() {
        String clean = RichText.sanitise("<p><strong>粗<em>斜</p><ul><li>一<li>二</ul></blockquote>");
        // every element closed, nothing unknown left; the open formatting carries on around the list, as browsers do
        assertThat(clean).isEqualTo("<p><strong>粗<em>斜</em></strong></p><strong><em><ul><li>一</li><li>二</li></ul></em></strong>");
    }

    @Test
    void emptyEditorContentCountsAsEmpty() {
        assertThat(RichText.isEmpty("<p><br></p>")).isTrue();
        assertThat(RichText.isEmpty("<script>alert(1)</script>")).isTrue();
        assertThat(RichText.isEmpty("<p><img src=\"/images/3\"></p>")).isFalse();
        assertThat(RichText.plainText("<p>水 &amp; 电，停</p>")).isEqualTo("水 & 电，停");
    }
}

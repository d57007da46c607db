package org.lifecircle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.IntegrationTest;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pictures for news: real PNG, JPEG, GIF and WebP files are stored once and served publicly with their type, a year's
 * cache and nosniff; a file over the limit, a file that only claims to be a picture (by name and content type), and
 * a damaged picture are refused with the file named and nothing stored.
 */
@IntegrationTest
class ImagesIT {

    /** The smallest lossless WebP: one pixel. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    PortalTestSupport t;
    String staff;

    @BeforeEach
    void staff() throws Exception {
        t = new PortalTestSupport(mvc, jdbc, accounts);
        staff = t.token(t.account(Role.COMMUNITY_STAFF, t.places.communityA));
    }

    @Test
    void realPicturesAreStoredOnceAndServedWithSafeHeaders() throws Exception {
        byte[] png = png(12, 7, 0x0b7a75);
        String body = upload("活动照片.png", "image/png", png).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png")).andExpect(jsonPath("$.width").value(12))
                .andExpect(jsonPath("$.height").value(7)).andReturn().getResponse().getContentAsString();
        long id = t.read(body).get("id").asLong();
        assertThat(t.read(body).get("url").asText()).isEqualTo("/images/" + id);
        byte[] served = mvc.perform(get("/images/" + id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("public")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(png);
        // the same picture again is the same record
        upload("again.png", "image/png", png).andExpect(jsonPath("$.id").value(id));

        upload("photo.jpg", "image/jpeg", encode(png(5, 5, 0xffaa00), "jpg")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/jpeg"));
        upload("anim.gif", "image/gif", encode(png(3, 3, 0x00ff00), "gif")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/gif"));
        // the type comes from the bytes: a WebP sent as "image/png" named .png is stored as WebP
        upload("disguised.png", "image/png", WEBP).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/webp")).andExpect(jsonPath("$.width").value(1));
        mvc.perform(get("/images/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void refusedFilesAreNamedAndNothingIsStored() throws Exception {
        long before = count();
        byte[] big = Arrays.copyOf(png(4, 4, 0), 2 * 1024 * 1024 + 1);
        upload("大照片.png", "image/png", big).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("大照片.png"), Matchers.containsString("2 MB"))));
        upload("big.png", "image/png", big, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("big.png"),
                        Matchers.containsString("over the limit of 2 MB"))));

        byte[] script = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        upload("photo.png", "image/png", script).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("photo.png")));
        upload("page.jpg", "image/jpeg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
        byte[] truncated = Arrays.copyOf(png(40, 40, 0x123456), 30); // PNG magic, then nothing readable
        upload("broken.png", "image/png", truncated).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("broken.png")));
        byte[] fakeWebp = Arrays.copyOf(WEBP, WEBP.length);
        fakeWebp[4] = 99; // the RIFF size no longer matches the file
        upload("fake.webp", "image/webp", fakeWebp).andExpect(status().isBadRequest());
        upload("empty.gif", "image/gif", new byte[0]).andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    private ResultActions upload(String name, String contentType, byte[] bytes) throws Exception {
        return upload(name, contentType, bytes, "zh-CN");
    }

    private ResultActions upload(String name, String contentType, byte[] bytes, String language) throws Exception {
        return mvc.perform(multipart("/api/v1/portal/communities/" + t.codeA + "/images")
                .file(new MockMultipartFile("file", name, contentType, bytes))
                .header("Authorization", "Bearer " + staff).header("Accept-Language", language));
    }

    private long count() {
        return jdbc.sql("select count(*) from portal_image").query(Long.class).single();
    }

    static byte[] png(int width, int height, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, rgb + x * 31 + y * 7);
            }
        }
        return write(image, "png");
    }

    static byte[] encode(byte[] png, String format) throws IOException {
        return write(ImageIO.read(new java.io.ByteArrayInputStream(png)), format);
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}

package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.atlas.compound.CompoundForm;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.NewAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** A member of community staff logs in with a real browser and opens the registry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class RegistryBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CompoundService compounds;
    @Autowired AccountService accounts;

    ChromeDriver browser;

    @BeforeEach
    void data() throws Exception {
        AtlasFixture district = AtlasFixture.create(jdbc, "B" + System.nanoTime() % 100000000);
        CompoundForm form = new CompoundForm();
        form.setCommunityId(district.communityA);
        form.setName("绿城百合花园");
        form.setHouseholds(1200);
        form.setLon(113.741);
        form.setLat(34.771);
        compounds.create(Actor.SYSTEM, form);
        accounts.ensureAccount(Actor.SYSTEM, new NewAccount("browser.staff", "浏览器测试", "Browser-2026",
                Role.COMMUNITY_STAFF, district.communityA, null));
        browser = Chromium.start("zh-CN");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test
    void staffLogInAndOpenTheRegistry() {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys("browser.staff");
        browser.findElement(By.name("password")).sendKeys("Browser-2026");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));

        browser.get("http://localhost:" + port + "/atlas/compounds?q=lcbh");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("browser.staff");
        assertThat(browser.findElement(By.id("compounds")).getText()).contains("绿城百合花园");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("小区/楼院");

        // the language switch keeps the page and turns it English
        browser.findElement(By.cssSelector("a.lang")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Compounds"));
        assertThat(browser.getCurrentUrl()).as("the switch keeps the search").contains("q=lcbh");
        assertThat(browser.findElement(By.id("compounds")).getText()).contains("绿城百合花园");
    }
}

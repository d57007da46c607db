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
import org.lifecircle.shared.text.Pinyin;
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

/** Real-browser checks: community staff open the registry; a planner uses the planning workspace. */
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
        accounts.ensureAccount(Actor.SYSTEM, new NewAccount("browser.planner", "浏览器测试", "Browser-2026",
                Role.PLANNER, null, null));
        jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat, source_crs)
                select '百合大药房', :sort, :initials, id, 113.744, 34.772, 113.744, 34.772, 'WGS84' from category where code = 'pharmacy'""")
                .param("sort", Pinyin.sortKey("百合大药房")).param("initials", Pinyin.initials("百合大药房")).update();
        browser = Chromium.start("zh-CN");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void logIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("Browser-2026");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Test
    void staffLogInAndOpenTheRegistry() {
        logIn("browser.staff");

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

    /**
     * The planning workspace computes coverage in the page, draws its charts, and answers a click on the map
     * (with one compound the view fits a single point: without a maximum zoom that made every click fail).
     */
    @Test
    void aPlannerSeesCoverageChartsAndTheReachOfAClickedPoint() {
        logIn("browser.planner");
        browser.get("http://localhost:" + port + "/planning");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("service"))).selectByValue("pharmacy");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("planning-summary"), "药店"));
        assertThat(browser.findElement(By.id("planning-summary")).getText()).contains("100.0%");
        assertThat(browser.findElements(By.cssSelector("#chart-communities canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-distribution canvas"))).isNotEmpty();

        new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.id("planning-map")), 60, 40)
                .click().perform();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("planning-reach"), "百合大药房"));
    }
}

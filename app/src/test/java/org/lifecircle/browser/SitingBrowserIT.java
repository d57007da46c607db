package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.identity.AccountService;
import org.lifecircle.network.StreetNetwork;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A planner opens site selection, clicks a candidate on the map beside a compound that no facility of the service
 * reaches, runs maximal covering for one site, sees the proven optimum with the compound's residents covered, and
 * saves it as a what-if scenario. The registry is unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class SitingBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;

    ChromeDriver browser;
    String tag;
    String service;
    String compound;
    AtlasFixture district;

    @BeforeEach
    void aServiceWithoutFacilitiesAndOneCompound() throws Exception {
        tag = Long.toString(System.nanoTime() % 100_000_000L);
        district = AtlasFixture.create(jdbc, "SI" + tag);
        service = "siting_browser_" + tag;
        PlannerInBrowser.serviceKind(jdbc, service, "浏览器选址服务" + tag);
        WalkNetwork net = streets.network();
        int node = net.nodeCount() / 4;
        compound = "选址浏览器小区" + tag;
        PlannerInBrowser.compound(jdbc, district.communityA, compound, 900, net.lon(node), net.lat(node));
        PlannerInBrowser.ensureAccount(accounts);
        browser = Chromium.start("zh-CN");
    }

    /** This context's database is shared with RegistryBrowserIT, which counts every compound: leave none behind. */
    @AfterEach
    void closeAndCleanUp() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.sql("delete from scenario where name = :n").param("n", "浏览器选址" + tag).update();
        jdbc.sql("delete from compound where name = :n").param("n", compound).update();
        jdbc.sql("delete from category where code = :c").param("c", service).update();
    }

    @Test
    void aCandidateClickedOnTheMapIsChosenAndSavedAsAScenario() throws Exception {
        long facilities = jdbc.sql("select count(*) from facility").query(Long.class).single();
        WebDriverWait wait = PlannerInBrowser.waitUpTo(browser, 60);
        PlannerInBrowser.logIn(browser, port, wait);
        browser.get("http://localhost:" + port + "/planning/siting");
        new Select(browser.findElement(By.id("siting-target"))).selectByValue("FACILITY:" + service);
        new Select(browser.findElement(By.id("siting-sub-district"))).selectByValue(Long.toString(district.subDistrict));
        WebElement k = browser.findElement(By.id("siting-sites"));
        k.clear();
        k.sendKeys("1");

        // a real click on the map, 15 pixels beside the compound
        double[] position = jdbc.sql("select lon, lat from compound where name = :n").param("n", compound)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        WebElement map = browser.findElement(By.id("siting-map"));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript("""
                var m = window.LifeCircleSiting.map;
                m.setView([arguments[1], arguments[0]], 17, { animate: false });
                var pt = m.latLngToContainerPoint([arguments[1], arguments[0]]);
                var size = m.getSize();
                return [pt.x - size.x / 2 + 15, pt.y - size.y / 2];""", position[0], position[1]);
        new Actions(browser).moveToElement(map, at.get(0).intValue(), at.get(1).intValue()).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("siting-count"), "1 个候选点"));

        browser.findElement(By.id("siting-run")).click();
        WebElement answer = browser.findElement(By.id("siting-answer"));
        wait.until(ExpectedConditions.textToBePresentInElement(answer, "已证明最优"));
        assertThat(answer.getText()).contains("候选点 1").contains("900").contains("+900");
        assertThat(browser.findElements(By.cssSelector(".siting-site"))).hasSize(1);
        wait.until(d -> !d.findElements(By.cssSelector("#siting-runs li a")).isEmpty()); // the run is in the history
        assertThat(browser.findElement(By.cssSelector("#siting-runs li a")).getAttribute("textContent"))
                .contains("浏览器选址服务" + tag).contains("最大覆盖").contains("已证明最优");
        Files.write(Path.of("target/siting-page.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("siting-scenario-name")).sendKeys("浏览器选址" + tag);
        browser.findElement(By.cssSelector("#siting-save button")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(answer, "已另存为情景方案"));
        assertThat(jdbc.sql("""
                select count(*) from scenario_change c join scenario s on s.id = c.scenario_id
                where s.name = :n and c.action = 'ADD' and c.kind = :k""")
                .param("n", "浏览器选址" + tag).param("k", service).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from facility").query(Long.class).single()).isEqualTo(facilities);
    }
}

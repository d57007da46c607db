package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A planner starts a scenario on the planning workspace, proposes a facility with a click on the map beside a
 * compound that is not covered, and sees the compound become covered in the scenario's panel; the registry is
 * unchanged. The service is a kind of the test's own with no facility at all, so every compound starts uncovered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class ScenarioBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;

    ChromeDriver browser;
    String tag;
    String service;
    String compound;

    @BeforeEach
    void aServiceWithoutFacilitiesAndOneCompound() throws Exception {
        tag = Long.toString(System.nanoTime() % 100_000_000L);
        AtlasFixture district = AtlasFixture.create(jdbc, "SB" + tag);
        service = "scen_browser_" + tag;
        PlannerInBrowser.serviceKind(jdbc, service, "浏览器方案服务" + tag);
        WalkNetwork net = streets.network();
        int node = net.nodeCount() / 3;
        compound = "方案浏览器小区" + tag;
        PlannerInBrowser.compound(jdbc, district.communityA, compound, 800, net.lon(node), net.lat(node));
        PlannerInBrowser.ensureAccount(accounts);
        browser = Chromium.start("zh-CN");
    }

    /** This context's database is shared with RegistryBrowserIT, which counts every compound: leave none behind. */
    @AfterEach
    void closeAndCleanUp() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.sql("delete from scenario where name = :n").param("n", "浏览器方案" + tag).update();
        jdbc.sql("delete from compound where name = :n").param("n", compound).update();
        jdbc.sql("delete from category where code = :c").param("c", service).update();
    }

    @Test
    void aProposalClickedOnTheMapCoversTheCompoundInTheScenarioOnly() {
        long facilities = jdbc.sql("select count(*) from facility").query(Long.class).single();
        WebDriverWait wait = PlannerInBrowser.waitUpTo(browser, 20);
        PlannerInBrowser.logIn(browser, port, wait);
        browser.get("http://localhost:" + port + "/planning");
        new Select(browser.findElement(By.id("service"))).selectByValue(service);

        browser.findElement(By.id("scenario-new")).click();
        wait.until(ExpectedConditions.alertIsPresent()).sendKeys("浏览器方案" + tag);
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scenario-propose"))).click();
        assertThat(new Select(browser.findElement(By.id("scenario-kind"))).getFirstSelectedOption().getAttribute("value"))
                .as("the kind shown is the kind proposed").isEqualTo("FACILITY:" + service);

        // a real click on the map, 20 pixels beside the compound
        WebElement map = browser.findElement(By.id("planning-map"));
        wait.until(d -> browser.executeScript("return document.querySelectorAll('#planning-summary h2').length").equals(1L));
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript("""
                var P = window.LifeCirclePlanning, name = arguments[0], found = null;
                P.map.eachLayer(function (l) {
                  var p = l.getPopup && l.getPopup();
                  if (!found && l instanceof L.CircleMarker && p && String(p.getContent().textContent).indexOf(name) >= 0) {
                    P.map.setView(l.getLatLng(), 16, { animate: false });
                    found = l;
                  }
                });
                var pt = P.map.latLngToContainerPoint(found.getLatLng());
                var size = P.map.getSize();
                return [pt.x - size.x / 2 + 20, pt.y - size.y / 2];""", compound);
        new Actions(browser).moveToElement(map, at.get(0).intValue(), at.get(1).intValue()).click().perform();
        wait.until(ExpectedConditions.alertIsPresent()).accept(); // the proposal keeps its suggested name

        WebElement panel = browser.findElement(By.id("scenario-panel"));
        wait.until(ExpectedConditions.textToBePresentInElement(panel, "新覆盖的小区"));
        assertThat(panel.getText()).contains(compound).contains("+");
        assertThat(browser.findElements(By.cssSelector(".scenario-mark.proposal"))).hasSize(1);
        assertThat(new Select(browser.findElement(By.id("scenario"))).getFirstSelectedOption().getText())
                .isEqualTo("浏览器方案" + tag);
        assertThat(jdbc.sql("select count(*) from facility").query(Long.class).single()).isEqualTo(facilities);
    }
}

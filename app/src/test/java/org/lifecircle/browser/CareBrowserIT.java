package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.care.CareFixture;
import org.lifecircle.care.elder.ElderForm;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A dispatcher finds an elder by the last four digits of the phone, sees the record masked, reveals the phone (one
 * access-log row), and records an ability assessment whose level the form computes while the scores are typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class CareBrowserIT {

    static final String PHONE = "13955557321";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired ElderService elders;

    ChromeDriver browser;
    CareFixture care;
    long elder;

    @BeforeEach
    void anElder() throws Exception {
        care = new CareFixture(jdbc, accounts, "CB" + System.nanoTime() % 1_000_000);
        ElderForm form = new ElderForm();
        form.setName("王浏览");
        form.setIdNumber(CareFixture.idNumber("19410203", 951));
        form.setPhone(PHONE);
        form.setCompoundId(care.compoundA);
        form.setBuilding("6号楼");
        form.setAddress("6号楼 1 单元 302");
        form.setStationId(care.stationA);
        elder = elders.create(new Actor("dispatch", Role.CARE_DISPATCHER, null, null), form).id();
        browser = Chromium.start("zh-CN");
    }

    /** This context's database is shared with RegistryBrowserIT, which counts every compound: leave none behind. */
    @AfterEach
    void closeAndCleanUp() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.sql("delete from elder where compound_id in (:a, :b)").param("a", care.compoundA).param("b", care.compoundB).update();
        jdbc.sql("delete from care_station where id in (:a, :b)").param("a", care.stationA).param("b", care.stationB).update();
        jdbc.sql("delete from compound where id in (:a, :b)").param("a", care.compoundA).param("b", care.compoundB).update();
    }

    @Test
    void aDispatcherFindsRevealsAndAssesses() throws Exception {
        WebDriverWait wait = PlannerInBrowser.waitUpTo(browser, 10);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(care.users.get(CareFixture.Kind.DISPATCHER));
        browser.findElement(By.name("password")).sendKeys(CareFixture.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));

        browser.get("http://localhost:" + port + "/care/elders");
        browser.findElement(By.id("q")).sendKeys("7321");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        // the list before the search shows the elder too: wait for the search's own page
        wait.until(ExpectedConditions.urlContains("q=7321"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("王浏览")));
        assertThat(browser.findElement(By.id("elders")).getText()).contains("139****7321").doesNotContain(PHONE);
        screenshot("care-elders");
        row.click();

        WebElement phone = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-phone")));
        assertThat(phone.getText()).contains("139****7321");
        assertThat(browser.findElements(By.cssSelector("#field-idNumber button"))).as("dispatchers never unmask ID numbers").isEmpty();
        long logged = jdbc.sql("select count(*) from care_access_log where elder_id = :id").param("id", elder).query(Long.class).single();
        phone.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("field-phone"), PHONE));
        assertThat(browser.getCurrentUrl()).doesNotContain(PHONE);
        assertThat(jdbc.sql("select count(*) from care_access_log where elder_id = :id").param("id", elder).query(Long.class).single())
                .isEqualTo(logged + 1);
        screenshot("care-elder-revealed");

        browser.get("http://localhost:" + port + "/care/elders/" + elder + "/assessment");
        type("selfCare", "32");
        type("basicMotor", "16");
        type("mentalState", "22");
        type("perceptionSocial", "19");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("level"), "轻度失能"));
        assertThat(browser.findElement(By.id("level")).getText()).contains("89");
        type("perceptionSocial", "20");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("level"), "能力完好"));
        screenshot("care-assessment");
        type("assessor", "评估员乙");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessments")));
        assertThat(browser.findElement(By.id("assessments")).getText()).contains("90").contains("能力完好");
        assertThat(jdbc.sql("select care_level from elder where id = :id").param("id", elder).query(String.class).single())
                .isEqualTo("INTACT");
        screenshot("care-elder-assessed");
        for (String page : new String[] {"stations", "caregivers", "catalogue"}) {
            browser.get("http://localhost:" + port + "/care/" + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(page)));
            screenshot("care-" + page);
        }
    }

    private void type(String field, String value) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    /** For a person reviewing the pages: target/screenshots/*.png. */
    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}

package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.care.CareFixture;
import org.lifecircle.care.dispatch.DispatchFixture;
import org.lifecircle.care.elder.ElderForm;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.report.CareHistory;
import org.lifecircle.care.report.CareHistory.PastRequest;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
 * Community staff open the care reports in a real browser: the charts are drawn (ECharts canvases), the cards show the
 * seeded week's figures, a station's name leads to the station's report, and the page switches to English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class CareReportsBrowserIT {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired ElderService elders;
    @Autowired CareHistory history;

    ChromeDriver browser;
    CareFixture care;
    long elder;
    long caregiver;

    @BeforeEach
    void aWeekOfVisits() throws Exception {
        care = new CareFixture(jdbc, accounts, "CRB" + System.nanoTime() % 1_000_000);
        ElderForm form = new ElderForm();
        form.setName("报表浏览");
        form.setIdNumber(CareFixture.idNumber("19420304", 953));
        form.setCompoundId(care.compoundA);
        form.setBuilding("2号楼");
        form.setAddress("2号楼 1 单元 101");
        form.setStationId(care.stationA);
        elder = elders.create(new Actor("dispatch", Role.CARE_DISPATCHER, null, null), form).id();
        caregiver = DispatchFixture.caregiver(jdbc, care.stationA, "浏览护理员", "WALK", "Mo-Fr 08:00-17:00", null, "MEAL_DELIVERY");
        history.write("browser-test", List.of(
                past(MONDAY, "09:10", "09:40", List.of()),
                past(MONDAY.plusDays(1), null, null, List.of("MISSED"))));
        browser = Chromium.start("zh-CN");
    }

    PastRequest past(LocalDate day, String in, String out, List<String> flags) {
        return new PastRequest(elder, "MEAL_DELIVERY", day, LocalTime.of(9, 0), LocalTime.of(10, 0), false, "FAMILY_ONLINE",
                day.minusDays(1).atTime(12, 0).atZone(RequestService.ZONE).toInstant(), false, caregiver,
                day.minusDays(1).atTime(13, 0).atZone(RequestService.ZONE).toInstant(),
                in == null ? null : day.atTime(LocalTime.parse(in)).atZone(RequestService.ZONE).toInstant(),
                out == null ? null : day.atTime(LocalTime.parse(out)).atZone(RequestService.ZONE).toInstant(),
                in == null ? null : "MATCHED", null, in == null ? null : "COMPLETED", in == null ? null : 5, flags);
    }

    /** This context's database is shared with RegistryBrowserIT, which counts every compound: leave none behind. */
    @AfterEach
    void closeAndCleanUp() {
        if (browser != null) {
            browser.quit();
        }
        care.removeAll(jdbc, elder, caregiver);
    }

    @Test
    void communityStaffReadTheChartsAndTables() throws Exception {
        WebDriverWait wait = PlannerInBrowser.waitUpTo(browser, 15);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(care.users.get(CareFixture.Kind.STAFF_A));
        browser.findElement(By.name("password")).sendKeys(CareFixture.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));

        browser.get("http://localhost:" + port + "/care/reports?from=" + MONDAY + "&to=" + MONDAY.plusDays(6));
        for (String chart : List.of("days", "completion", "channels", "services", "workload", "coverage")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " canvas")));
        }
        assertThat(browser.findElement(By.id("card-requests")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("card-completion")).getText()).isEqualTo("50.0%");
        assertThat(browser.findElement(By.id("table-workload")).getText()).contains("浏览护理员");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("报表浏览"); // no elder named
        screenshot("care-reports");

        browser.findElement(By.cssSelector("#table-completion a[href*='stationId']")).click();
        wait.until(ExpectedConditions.urlContains("stationId=" + care.stationA));
        assertThat(browser.findElement(By.id("stationId")).getAttribute("value")).isEqualTo(String.valueOf(care.stationA));
        assertThat(browser.findElement(By.id("card-requests")).getText()).isEqualTo("2");

        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Care reports"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-days canvas")));
        assertThat(browser.findElement(By.id("report-xlsx")).getAttribute("href")).contains("/api/v1/care/reports.xlsx")
                .contains("stationId=" + care.stationA);
        screenshot("care-reports-en");
    }

    /** For a person reviewing the pages: target/screenshots/*.png. */
    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}

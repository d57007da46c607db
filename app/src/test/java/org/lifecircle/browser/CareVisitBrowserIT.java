package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.care.CareFixture;
import org.lifecircle.care.dispatch.DispatchFixture;
import org.lifecircle.care.elder.ElderForm;
import org.lifecircle.care.elder.ElderService;
import org.lifecircle.care.request.RequestService;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * One request from intake to a rated visit, in three browsers: the dispatcher files it with the fast intake form and
 * confirms the proposed caregiver; the caregiver, on a 390 × 844 phone screen, reveals the address, checks in (the
 * position set through Chrome's DevTools, the permission granted), and checks out with notes; the family account sees
 * the request done and rates it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class CareVisitBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired ElderService elders;
    @Autowired RequestService requests;

    final List<ChromeDriver> browsers = new ArrayList<>();
    CareFixture care;
    long elder;
    long caregiver;
    String caregiverName;

    @BeforeEach
    void anElderAndACaregiver() {
        String prefix = "CV" + System.nanoTime() % 1_000_000;
        care = new CareFixture(jdbc, accounts, prefix);
        ElderForm form = new ElderForm();
        form.setName("孙访问");
        form.setIdNumber(CareFixture.idNumber("19400506", 953));
        form.setPhone("13955550042");
        form.setCompoundId(care.compoundA);
        form.setBuilding("5号楼");
        form.setAddress("5号楼 2 单元 502");
        form.setStationId(care.stationA);
        Actor dispatcher = new Actor(care.users.get(CareFixture.Kind.DISPATCHER), Role.CARE_DISPATCHER, null, null);
        elder = elders.create(dispatcher, form).id();
        caregiverName = prefix + "护理员";
        caregiver = DispatchFixture.caregiver(jdbc, care.stationA, caregiverName, "E_BIKE", "24/7", null, "BASIC_CARE", "MEAL_DELIVERY");
        jdbc.sql("update caregiver set username = :u where id = :id").param("u", care.users.get(CareFixture.Kind.CAREGIVER_A))
                .param("id", caregiver).update();
        requests.linkFamily(dispatcher, elder, care.users.get(CareFixture.Kind.RESIDENT), "女儿");
    }

    /** The context's database is shared with RegistryBrowserIT, which counts every compound: leave none behind. */
    @AfterEach
    void closeAndCleanUp() {
        browsers.forEach(ChromeDriver::quit);
        care.removeAll(jdbc, elder, caregiver);
    }

    @Test
    void fromIntakeToARatedVisit() throws Exception {
        // the dispatcher: fast intake, then the first proposal confirmed
        ChromeDriver desk = browser();
        WebDriverWait wait = PlannerInBrowser.waitUpTo(desk, 15);
        login(desk, CareFixture.Kind.DISPATCHER);
        desk.get(url("/care/dispatch?q=孙访问"));
        WebElement intake = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intake")));
        new Select(desk.findElement(By.id("service"))).selectByValue("MEAL_DELIVERY");
        desk.executeScript("document.getElementById('windowStart').value = '00:00';"
                + "document.getElementById('windowEnd').value = '23:59';");
        desk.findElement(By.id("notes")).sendKeys("少盐");
        intake.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement proposals = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
        long request = Long.parseLong(desk.getCurrentUrl().replaceAll(".*/requests/(\\d+).*", "$1"));
        WebElement first = proposals.findElement(By.cssSelector("tbody tr"));
        assertThat(first.getText()).as("the caregiver at the elder's station is proposed first").contains(caregiverName);
        screenshot(desk, "visit-1-proposals");
        first.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已派单"));

        // the caregiver's phone: one position, given when asked
        ChromeDriver phone = browser();
        phone.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        phone.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));
        // about 40 m east of the elder's compound, reported within 20 m
        phone.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 34.77, "longitude", 113.74044, "accuracy", 20));
        wait = PlannerInBrowser.waitUpTo(phone, 20);
        login(phone, CareFixture.Kind.CAREGIVER_A);
        phone.get(url("/care/my-day"));
        WebElement stop = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stop-" + request)));
        assertThat(stop.getText()).contains("孙访问").contains("5号楼 ****").contains("139****0042").doesNotContain("502");
        assertThat((Long) phone.executeScript("return document.documentElement.scrollWidth")).as("fits a 390 px screen")
                .isLessThanOrEqualTo(390L);
        screenshot(phone, "visit-2-my-day");
        long logged = count("select count(*) from care_access_log where elder_id = :id and channel = 'VISIT'");
        stop.findElement(By.cssSelector("button.reveal")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stop-" + request), "5号楼 2 单元 502"));
        assertThat(phone.findElement(By.id("stop-" + request)).getText()).contains("13955550042");
        assertThat(count("select count(*) from care_access_log where elder_id = :id and channel = 'VISIT'")).isEqualTo(logged + 1);
        assertThat(phone.getCurrentUrl()).doesNotContain("502");
        screenshot(phone, "visit-3-revealed");

        phone.findElement(By.cssSelector("#stop-" + request + " form.check-in button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checked"), "位置相符"));
        Map<String, Object> visit = jdbc.sql("select * from care_visit where request_id = :id").param("id", request).query().singleRow();
        assertThat(visit.get("position_check")).isEqualTo("MATCHED");
        assertThat(visit.get("check_in_accuracy_m")).isEqualTo(20.0);
        assertThat((Double) visit.get("check_in_distance_m")).isBetween(35.0, 45.0);
        screenshot(phone, "visit-4-checked-in");

        WebElement checkOut = phone.findElement(By.cssSelector("#stop-" + request + " form.check-out"));
        new Select(checkOut.findElement(By.name("outcome"))).selectByValue("COMPLETED");
        checkOut.findElement(By.name("notes")).sendKeys("午餐已送到，老人胃口好");
        screenshot(phone, "visit-5-check-out");
        checkOut.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checked"), "签退"));
        assertThat(jdbc.sql("select status from care_request where id = :id").param("id", request).query(String.class).single())
                .isEqualTo("DONE");
        assertThat(jdbc.sql("select notes from care_visit where request_id = :id").param("id", request).query(String.class).single())
                .isEqualTo("午餐已送到，老人胃口好");
        screenshot(phone, "visit-6-done");

        // the family, on a phone too
        ChromeDriver family = browser();
        family.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        wait = PlannerInBrowser.waitUpTo(family, 15);
        login(family, CareFixture.Kind.RESIDENT);
        family.get(url("/family/care"));
        WebElement mine = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-" + request)));
        assertThat(mine.getText()).contains("已完成").contains(caregiverName).contains("签到").contains("签退");
        mine.findElement(By.cssSelector("input[name=rating][value='5']")).click();
        mine.findElement(By.name("comment")).sendKeys("准时，态度好");
        screenshot(family, "visit-7-family");
        mine.findElement(By.cssSelector("form.rate button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "谢谢"));
        assertThat(family.findElement(By.id("request-" + request)).getText()).contains("★★★★★").contains("准时，态度好");
        assertThat(family.findElements(By.cssSelector("#request-" + request + " form.rate"))).as("rated once").isEmpty();
        Map<String, Object> rated = jdbc.sql("select rating, rating_source, rated_by from care_visit where request_id = :id")
                .param("id", request).query().singleRow();
        assertThat(((Number) rated.get("rating")).intValue()).isEqualTo(5);
        assertThat(rated.get("rating_source")).isEqualTo("FAMILY");
        screenshot(family, "visit-8-rated");
    }

    private ChromeDriver browser() throws Exception {
        ChromeDriver driver = Chromium.start("zh-CN");
        browsers.add(driver);
        return driver;
    }

    private void login(ChromeDriver browser, CareFixture.Kind kind) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(care.users.get(kind));
        browser.findElement(By.name("password")).sendKeys(CareFixture.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        PlannerInBrowser.waitUpTo(browser, 10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("id", elder).query(Long.class).single();
    }

    /** For a person reviewing the pages: target/screenshots/*.png. */
    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}

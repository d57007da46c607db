package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.atlas.AtlasFixture;
import org.lifecircle.engine.access.NearestFacility;
import org.lifecircle.engine.access.TravelTimes;
import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.network.Snap;
import org.lifecircle.engine.network.SnappedPoints;
import org.lifecircle.engine.network.WalkNetwork;
import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.shared.text.Pinyin;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A community portal on a phone (390×844) in Chromium. A resident lets the browser find their compound (or picks it)
 * and sees the services around it; five minutes leaves the farther shop out; "yd" leaves only pharmacies; phone numbers are tap-to-call links.
 * The community's staff member writes a notice with bold text and a picture in the editor, publishes it, and finds it on
 * the portal. On the district page, a tap on the map beside a compound leads to its community's portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class PortalBrowserIT {

    static final String PASSWORD = "Portal-Browser-2026";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired StreetNetwork streets;

    ChromeDriver browser;
    WebDriverWait wait;
    String tag;
    String code;
    String compound;
    String staff;

    /** A compound at a street corner; a pharmacy 1–5 minutes' walk away, a convenience store 5.5–10 minutes away. */
    @BeforeEach
    void aCompoundWithAPharmacyNearAndAShopFarther() throws Exception {
        tag = Long.toString(System.nanoTime() % 100_000_000L);
        AtlasFixture district = AtlasFixture.create(jdbc, "PB" + tag);
        code = jdbc.sql("select code from community where id = :id").param("id", district.communityA).query(String.class).single();
        WalkNetwork net = streets.network();
        int a = net.nodeCount() / 3;
        int e = net.arcEdge(net.firstArc(a));
        Snap at = new Snap(e, net.edgeFrom(e) == a ? 0 : net.edgeLengthMetres(e), 0, net.lat(a), net.lon(a));
        double[] seconds = NearestFacility.nodeSeconds(new TravelTimes(net, WalkingProfile.ADULT), new SnappedPoints(new Snap[] {at}));
        int near = -1;
        int mid = -1;
        for (int v = 0; v < net.nodeCount(); v++) {
            near = near < 0 && seconds[v] > 60 && seconds[v] < 270 ? v : near;
            mid = mid < 0 && seconds[v] > 340 && seconds[v] < 580 ? v : mid;
        }
        compound = "浏览器花园" + tag;
        PlannerInBrowser.compound(jdbc, district.communityA, compound, 800, net.lon(a), net.lat(a));
        facility("pharmacy", "街角大药房" + tag, net.lon(near), net.lat(near), "0371-66661111");
        facility("convenience_store", "惠民便利店" + tag, net.lon(mid), net.lat(mid), "0371-66662222");
        staff = "portal.browser." + tag;
        accounts.create(Actor.SYSTEM, new NewAccount(staff, "门户浏览器测试", PASSWORD, Role.COMMUNITY_STAFF, district.communityA, null));
        browser = Chromium.start("zh-CN");
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = PlannerInBrowser.waitUpTo(browser, 60);
    }

    /** This context's database is shared with RegistryBrowserIT, which counts every compound: leave none behind. */
    @AfterEach
    void closeAndCleanUp() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.sql("delete from facility where name like :n").param("n", "%" + tag).update();
        jdbc.sql("delete from compound where name = :n").param("n", compound).update();
    }

    @Test
    void aResidentFindsServicesNearTheirCompoundOnAPhone() throws Exception {
        // "use my location": the browser is standing at the compound's entrance
        double[] entrance = position(compound);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", entrance[1], "longitude", entrance[0], "accuracy", 5));
        browser.get(url("/c/" + code));
        assertThat(browser.executeScript("return window.innerWidth")).isEqualTo(390L);
        browser.findElement(By.id("nearby-locate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nearby-located"), compound));
        assertThat(new Select(browser.findElement(By.id("nearby-compound"))).getFirstSelectedOption().getText()).isEqualTo(compound);
        // choosing from the list works as well
        new Select(browser.findElement(By.id("nearby-compound"))).selectByVisibleText(compound);
        WebElement results = browser.findElement(By.id("nearby-results"));
        wait.until(ExpectedConditions.textToBePresentInElement(results, "惠民便利店" + tag));
        assertThat(results.getText()).contains("街角大药房" + tag).contains("营业中").contains("步行");
        Files.write(Path.of("target/portal-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

        // five minutes: the farther shop goes, the pharmacy stays; no page load in between
        browser.executeScript("window.samePage = true");
        browser.findElement(By.xpath("//input[@name='minutes'][@value='5']/following-sibling::span")).click();
        wait.until(d -> !shown().contains("惠民便利店" + tag));
        assertThat(results.getText()).contains("街角大药房" + tag);
        assertThat(browser.executeScript("return window.samePage")).isEqualTo(true);

        // pinyin initials: "yd" (药店) leaves pharmacies only
        browser.findElement(By.xpath("//input[@name='minutes'][@value='15']/following-sibling::span")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(results, "惠民便利店" + tag));
        browser.findElement(By.id("nearby-q")).sendKeys("yd");
        wait.until(d -> !shown().contains("惠民便利店" + tag));
        List<WebElement> services = results.findElements(By.cssSelector(".service"));
        assertThat(services).isNotEmpty().allSatisfy(s -> assertThat(s.getText()).contains("药"));

        // phone numbers are tap-to-call links
        WebElement tel = browser.findElement(By.xpath("//li[contains(., '街角大药房" + tag + "')]//a[contains(@class, 'tel')]"));
        assertThat(tel.getAttribute("href")).isEqualTo("tel:037166661111");
        assertThat(results.findElements(By.cssSelector("a.tel"))).allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("tel:"));
        Files.write(Path.of("target/portal-phone-yd.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void staffWriteANoticeInTheEditorAndResidentsSeeIt() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(staff);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));

        browser.get(url("/c/" + code + "/manage"));
        browser.findElement(By.id("new-post")).click();
        new Select(browser.findElement(By.id("kind"))).selectByValue("NOTICE");
        browser.findElement(By.id("title")).sendKeys("楼道清理通知" + tag);
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
        editor.click();
        editor.sendKeys("周六上午清理楼道杂物，");
        browser.findElement(By.cssSelector(".ql-toolbar .ql-bold")).click();
        editor.sendKeys("请提前搬走自行车");
        // the picture button: the file chooser is answered with a PNG drawn on a canvas, uploaded with the session
        browser.executeScript("""
                HTMLInputElement.prototype.click = function () {
                  var input = this, canvas = document.createElement('canvas');
                  canvas.width = 20; canvas.height = 10;
                  canvas.getContext('2d').fillRect(0, 0, 20, 10);
                  canvas.toBlob(function (blob) {
                    var files = new DataTransfer();
                    files.items.add(new File([blob], '楼道.png', { type: 'image/png' }));
                    input.files = files.files;
                    input.dispatchEvent(new Event('change'));
                  });
                };""");
        browser.findElement(By.cssSelector(".ql-toolbar .ql-image")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor img[src^='/images/']")));
        Files.write(Path.of("target/portal-editor.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "楼道清理通知" + tag));

        browser.get(url("/c/" + code));
        browser.findElement(By.linkText("楼道清理通知" + tag)).click();
        WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rich")));
        assertThat(body.getText()).contains("周六上午清理楼道杂物").contains("请提前搬走自行车");
        assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("请提前搬走自行车");
        assertThat(jdbc.sql("select body_html from portal_post where title = :t").param("t", "楼道清理通知" + tag)
                .query(String.class).single()).contains("<strong>请提前搬走自行车</strong>").containsPattern("<img src=\"/images/[0-9]+\"");
        WebElement picture = body.findElement(By.tagName("img"));
        wait.until(d -> (Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 20", picture));

        // an unknown community: the error page, in Chinese, with no stack trace
        browser.get(url("/c/000000000000"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("找不到").doesNotContain("Exception");
    }

    @Test
    void aTapOnTheDistrictMapLeadsToTheCommunityOfTheNearestCompound() throws Exception {
        browser.get(url("/c"));
        WebElement map = browser.findElement(By.id("district-map"));
        wait.until(d -> (Boolean) browser.executeScript("return !!window.LifeCircleDistrictMap"));
        double[] entrance = position(compound);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript("""
                var m = window.LifeCircleDistrictMap;
                m.setView([arguments[1], arguments[0]], 18, { animate: false });
                var pt = m.latLngToContainerPoint([arguments[1], arguments[0]]);
                var size = m.getSize();
                return [pt.x - size.x / 2 + 12, pt.y - size.y / 2];""", entrance[0], entrance[1]);
        new Actions(browser).moveToElement(map, at.get(0).intValue(), at.get(1).intValue()).click().perform();
        WebElement picked = browser.findElement(By.id("district-picked"));
        wait.until(ExpectedConditions.textToBePresentInElement(picked, compound));
        picked.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("/c/" + code));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("PB" + tag + "甲社区");
    }

    private double[] position(String name) {
        return jdbc.sql("select lon, lat from compound where name = :n").param("n", name)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
    }

    /** The services listed now (textContent: no waiting on layout). */
    private String shown() {
        Object text = browser.executeScript("return document.getElementById('nearby-results').textContent");
        return String.valueOf(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void facility(String kind, String name, double lon, double lat, String phone) {
        jdbc.sql("""
                insert into facility (name, name_sort, name_initials, category_id, lon, lat, source_lon, source_lat,
                    source_crs, opening_hours, phone, business_scope)
                select :name, :sort, :initials, id, :lon, :lat, :lon, :lat, 'WGS84', '24/7', :phone, '测试经营范围'
                from category where code = :kind""")
                .param("name", name).param("sort", Pinyin.sortKey(name)).param("initials", Pinyin.initials(name))
                .param("lon", lon).param("lat", lat).param("phone", phone).param("kind", kind).update();
    }
}

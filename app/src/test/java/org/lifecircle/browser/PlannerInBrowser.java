package org.lifecircle.browser;

import java.time.Duration;

import org.lifecircle.identity.AccountService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.NewAccount;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.text.Pinyin;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the planning browser tests share: a service kind of their own, a compound, the planner's account and login. */
final class PlannerInBrowser {

    static final String USERNAME = "browser.planner";
    static final String PASSWORD = "Browser-2026";

    private PlannerInBrowser() {
    }

    /** A catalogue kind under the handbook group "health" with no facility at all. */
    static void serviceKind(JdbcClient jdbc, String code, String nameZh) {
        jdbc.sql("""
                insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
                select :code, id, :name, 'Browser test service', 'SOCIAL', 999 from category where code = 'health'""")
                .param("code", code).param("name", nameZh).update();
    }

    static void compound(JdbcClient jdbc, long community, String name, int population, double lon, double lat) {
        jdbc.sql("""
                insert into compound (community_id, name, name_sort, name_initials, population, lon, lat,
                    source_lon, source_lat, source_crs)
                values (:c, :n, :sort, :initials, :p, :lon, :lat, :lon, :lat, 'WGS84')""")
                .param("c", community).param("n", name).param("sort", Pinyin.sortKey(name))
                .param("initials", Pinyin.initials(name)).param("p", population).param("lon", lon).param("lat", lat).update();
    }

    static void ensureAccount(AccountService accounts) {
        accounts.ensureAccount(Actor.SYSTEM, new NewAccount(USERNAME, "浏览器规划", PASSWORD, Role.PLANNER, null, null));
    }

    /** Logs the planner in and waits for the signed-in page. */
    static void logIn(ChromeDriver browser, int port, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(USERNAME);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".who")));
    }

    static WebDriverWait waitUpTo(ChromeDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}

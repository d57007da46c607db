package org.lifecircle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.FreshServerDatabase;
import org.lifecircle.directory.DirectoryFixture;
import org.lifecircle.identity.AccountService;
import org.lifecircle.network.StreetNetwork;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A resident on a phone (390×844, Chromium): opens the community's handbook, finds the merchants by category with
 * their walking minutes, proposes a new shop through the form, and downloads the handbook PDF, whose text (extracted
 * with PDFBox) holds the merchants' names and the category names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshServerDatabase.class)
class HandbookBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired StreetNetwork streets;
    @Autowired AccountService accounts;

    ChromeDriver browser;
    DirectoryFixture f;

    @BeforeEach
    void phone() throws Exception {
        f = new DirectoryFixture(jdbc, streets, accounts);
        browser = Chromium.start("zh-CN");
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentReadsTheHandbookProposesAShopAndDownloadsThePdf() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // from the community's portal, as a resident gets there
        browser.get("http://localhost:" + port + "/c/" + f.codeA);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".handbook-link a"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".entry")));
        assertThat(browser.getCurrentUrl()).endsWith("/c/" + f.codeA + "/handbook");
        assertThat(browser.executeScript("return window.innerWidth")).isEqualTo(390L);
        assertThat((Long) browser.executeScript("return document.querySelector('.handbook').scrollWidth"))
                .as("the handbook fits the phone's width").isLessThanOrEqualTo(390L);
        String health = browser.findElement(By.id("cat-health")).getText();
        assertThat(health).contains("医疗卫生类", "近邻大药房" + f.tag, "步行");
        assertThat(browser.findElement(By.id("cat-beauty")).getText()).contains("街角理发店" + f.tag);
        assertThat(browser.findElements(By.cssSelector("#cat-health a[href^='tel:']"))).isNotEmpty();

        // a merchant registers a new shop through the page's form
        new Select(browser.findElement(By.name("kind"))).selectByValue("NEW");
        new Select(browser.findElement(By.name("categoryId"))).selectByVisibleText("药店");
        browser.findElement(By.name("name")).sendKeys("手机登记药房" + f.tag);
        browser.findElement(By.name("address")).sendKeys("测试街8号");
        browser.findElement(By.name("proposerName")).sendKeys("李老板");
        browser.findElement(By.name("proposerPhone")).sendKeys("13700137000");
        browser.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#proposal-form .result"), "已提交"));
        assertThat(jdbc.sql("select count(*) from directory_proposal where name = :n and status = 'PENDING'")
                .param("n", "手机登记药房" + f.tag).query(Long.class).single()).isEqualTo(1);
        // a mistake is named beside its field
        new Select(browser.findElement(By.name("kind"))).selectByValue("NEW");
        browser.findElement(By.name("proposerName")).sendKeys("李老板");
        browser.findElement(By.name("proposerPhone")).sendKeys("12345");
        browser.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#proposal-form .field-error")));

        // the PDF, fetched in the browser's own session from the page's download link
        String href = browser.findElement(By.id("handbook-pdf")).getAttribute("href");
        Object base64 = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                  done(btoa(binary));
                }).catch(e => done('failed: ' + e));""", href);
        byte[] pdf = Base64.getDecoder().decode((String) base64);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("便民服务手册", "近邻大药房" + f.tag, "街角理发店" + f.tag, "社区食堂" + f.tag,
                    "医疗卫生类", "美容美发类", "餐饮酒吧类", "购物服务类");
        }
    }
}

package org.lifecircle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.identity.Actor;
import org.lifecircle.portal.events.EventForm;
import org.lifecircle.portal.events.EventService;
import org.lifecircle.portal.news.PostForm;
import org.lifecircle.portal.news.PostKind;
import org.lifecircle.portal.news.PostService;
import org.lifecircle.portal.news.PostStatus;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo portals' news, notices and events ({@code portal-posts.csv}, {@code portal-events.csv}), written through
 * the portal's own services as {@link Actor#SYSTEM}, so they pass the same sanitiser as staff's. Times are relative to
 * the day of loading ("3 days ago", "in 5 days"), so a fresh demo always has recent news and upcoming events. Every
 * item says it is demo content.
 */
@Component
class DemoPortal {

    static final String POSTS = "portal-posts.csv";
    static final String EVENTS = "portal-events.csv";

    private final PostService posts;
    private final EventService events;
    private final DivisionService divisions;

    DemoPortal(PostService posts, EventService events, DivisionService divisions) {
        this.posts = posts;
        this.events = events;
        this.divisions = divisions;
    }

    /** Loads both files unless the first demo community already has posts (so a restart adds nothing twice). */
    boolean loadIfEmpty(Resource postFile, Resource eventFile) {
        Optional<Community> first = divisions.communityByCode(DemoAccounts.RUYIDONGLU);
        if (first.isEmpty() || !posts.all(Actor.SYSTEM, first.get().id()).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(PostService.ZONE);
        for (CSVRecord row : read(postFile)) {
            PostForm form = new PostForm();
            form.setKind("通知".equals(row.get("类型")) ? PostKind.NOTICE : PostKind.NEWS);
            form.setTitle(row.get("标题"));
            form.setSummary(row.get("摘要"));
            form.setBody(row.get("正文"));
            form.setPinned("是".equals(row.get("置顶")));
            form.setStatus(PostStatus.PUBLISHED);
            form.setPublishedAt(today.minusDays(Long.parseLong(row.get("几天前发布"))).atTime(9, 0));
            community(row).ifPresent(c -> posts.create(Actor.SYSTEM, c.id(), form));
        }
        for (CSVRecord row : read(eventFile)) {
            LocalDate day = today.plusDays(Long.parseLong(row.get("几天后")));
            EventForm form = new EventForm();
            form.setTitle(row.get("标题"));
            form.setStartsAt(LocalDateTime.of(day, LocalTime.parse(row.get("开始"))));
            form.setEndsAt(LocalDateTime.of(day, LocalTime.parse(row.get("结束"))));
            form.setPlace(row.get("地点"));
            form.setDescription(row.get("介绍"));
            form.setCapacity(row.get("名额").isBlank() ? null : Integer.valueOf(row.get("名额")));
            form.setSignUp(row.get("报名方式"));
            community(row).ifPresent(c -> events.create(Actor.SYSTEM, c.id(), form));
        }
        return true;
    }

    /** A community missing from a customised district is skipped, like the scoped demo accounts. */
    private Optional<Community> community(CSVRecord row) {
        return divisions.communityByCode(row.get("社区代码"));
    }

    private static Iterable<CSVRecord> read(Resource resource) {
        try (InputStream in = resource.getInputStream();
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return csv.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading demo data file " + resource.getDescription(), e);
        }
    }
}

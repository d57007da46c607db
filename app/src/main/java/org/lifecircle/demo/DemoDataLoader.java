package org.lifecircle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.importing.ImportKind;
import org.lifecircle.atlas.importing.ImportRejectedException;
import org.lifecircle.atlas.importing.ImportResult;
import org.lifecircle.atlas.importing.ImportService;
import org.lifecircle.atlas.importing.ProblemMessages;
import org.lifecircle.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo district on a first start (no district yet): divisions.csv, compounds.csv,
 * centers.csv and facilities.csv from {@code lifecircle.demo.location}, in that order, then the
 * build-out programme (programme.csv), as {@link Actor#SYSTEM}, all in one transaction. A missing or
 * broken demo file is a bug: startup fails with every problem listed, and nothing is left
 * half-loaded, so the next start retries.
 */
@Component
@Profile("demo")
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final List<ImportKind> ORDER = List.of(ImportKind.DIVISIONS, ImportKind.COMPOUNDS, ImportKind.CENTERS,
            ImportKind.FACILITIES);

    private final ImportService imports;
    private final ProblemMessages messages;
    private final DivisionService divisions;
    private final ResourceLoader resources;
    private final TransactionTemplate transaction;
    private final String location;
    private final DemoAccounts accounts;
    private final DemoProgramme programme;
    private final DemoErrands errands;
    private final DemoPortal portal;
    private final DemoCare care;
    private final DemoCareHistory careHistory;
    private final DemoVisits visits;

    DemoDataLoader(ImportService imports, ProblemMessages messages, DivisionService divisions, ResourceLoader resources,
                   TransactionTemplate transaction, DemoAccounts accounts, DemoProgramme programme, DemoErrands errands,
                   DemoPortal portal, DemoCare care, DemoCareHistory careHistory, DemoVisits visits,
                   @Value("${lifecircle.demo.location:classpath:demo/}") String location) {
        this.accounts = accounts;
        this.programme = programme;
        this.errands = errands;
        this.portal = portal;
        this.care = care;
        this.careHistory = careHistory;
        this.visits = visits;
        this.imports = imports;
        this.messages = messages;
        this.divisions = divisions;
        this.resources = resources;
        this.transaction = transaction;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /**
     * Runs once every bean exists (so Flyway has migrated) and before the web server opens its
     * port, so no visitor ever sees a half-loaded district.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!divisions.subDistricts().isEmpty()) {
            log.info("Demo data: districts exist already, nothing loaded");
        } else {
            load();
        }
        // the errand guides came later than the district: a demo database made before them gets them on its next start
        int guides = transaction.execute(status -> errands.load(file(DemoErrands.FILE)));
        if (guides > 0) {
            log.info("Demo data: {} example errand guides from {}", guides, DemoErrands.FILE);
        }
        // on its own, so a district loaded before the care module existed gets its care demo too
        if (!care.loaded()) {
            transaction.executeWithoutResult(status -> care.load());
        }
        // four weeks of visits for the reports; written once, also into a demo database made before the reports
        if (!careHistory.loaded()) {
            transaction.executeWithoutResult(status -> careHistory.load());
        }
        accounts.ensure();
        // visits need the accounts: the caregiver's and the resident's links, and a few of today's requests
        try {
            visits.ensure();
        } catch (RuntimeException e) {
            log.warn("Demo data: the visits demo could not be prepared", e);
        }
        // the portals' news and events came later than the district: loaded on their own when missing
        if (Boolean.TRUE.equals(transaction.execute(status -> portal.loadIfEmpty(file(DemoPortal.POSTS), file(DemoPortal.EVENTS))))) {
            log.info("Demo data: portal news and events from {} and {}", DemoPortal.POSTS, DemoPortal.EVENTS);
        }
    }

    /** Imports the four files, then enters the programme; on an empty district only (the programme is not an upsert). */
    List<ImportResult> load() {
        int[] planned = new int[1];
        List<ImportResult> results = transaction.execute(status -> {
            List<ImportResult> done = new ArrayList<>();
            for (ImportKind kind : ORDER) {
                done.add(importOne(kind));
            }
            planned[0] = programme.load(file(DemoProgramme.FILE));
            return done;
        });
        results.forEach(r -> log.info("Demo data: {} from {}: {} created, {} updated",
                r.kind().slug(), r.file(), r.created(), r.updated()));
        log.info("Demo data: programme from {}: {} planned centers", DemoProgramme.FILE, planned[0]);
        return results;
    }

    private Resource file(String name) {
        Resource resource = resources.getResource(location + name);
        if (!resource.exists()) {
            throw new IllegalStateException("Demo data file " + location + name + " is missing");
        }
        return resource;
    }

    private ImportResult importOne(ImportKind kind) {
        String name = kind.slug() + ".csv";
        try (InputStream in = file(name).getInputStream()) {
            return imports.importFile(Actor.SYSTEM, kind, name, in);
        } catch (ImportRejectedException e) {
            String lines = messages.lines(e.problems(), Locale.ENGLISH).stream()
                    .map(l -> "  " + l.file() + " row " + l.row() + (l.field().isEmpty() ? "" : " [" + l.field() + "]")
                            + ": " + l.message())
                    .collect(Collectors.joining("\n"));
            throw new IllegalStateException("Demo data file " + location + name + " is broken ("
                    + e.problems().size() + " problems):\n" + lines, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading demo data file " + location + name, e);
        }
    }
}

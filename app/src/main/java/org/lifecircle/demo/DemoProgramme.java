package org.lifecircle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lifecircle.atlas.center.CenterService;
import org.lifecircle.atlas.center.ServiceCenter;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.atlas.division.SubDistrict;
import org.lifecircle.identity.Actor;
import org.lifecircle.programme.buildout.BuildStatus;
import org.lifecircle.programme.buildout.PlannedCenterForm;
import org.lifecircle.programme.buildout.ProgrammeService;
import org.lifecircle.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo's build-out programme, {@code programme.csv}: one planned center a row, entered
 * through {@link ProgrammeService} as {@link Actor#SYSTEM} at the stage it has reached, so the
 * programme's own rules check the demo data and each center's history is written as staff would
 * have it. Sub-districts and registry centers are named, as staff name them. A broken row is a
 * bug in the demo files: every problem is listed by row and field, and the caller's transaction
 * leaves nothing behind.
 */
@Component
class DemoProgramme {

    static final String FILE = "programme.csv";
    private static final Map<String, BuildStatus> STATUSES = Map.of("已选址", BuildStatus.SITED,
            "在建", BuildStatus.UNDER_CONSTRUCTION, "开业筹备", BuildStatus.PREPARING, "已投用", BuildStatus.OPEN);
    private static final Map<String, Integer> PHASES = Map.of("一期", 1, "二期", 2);

    private final ProgrammeService programme;
    private final DivisionService divisions;
    private final CenterService centers;
    private final Validator validator;
    private final MessageSource messages;

    DemoProgramme(ProgrammeService programme, DivisionService divisions, CenterService centers, Validator validator,
                  MessageSource messages) {
        this.programme = programme;
        this.divisions = divisions;
        this.centers = centers;
        this.validator = validator;
        this.messages = messages;
    }

    /** @return how many planned centers were entered */
    int load(Resource resource) {
        Map<String, Long> subDistricts = divisions.subDistricts().stream()
                .collect(Collectors.toMap(SubDistrict::name, SubDistrict::id));
        List<String> problems = new ArrayList<>();
        int entered = 0;
        try (InputStream in = resource.getInputStream();
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord record : csv) {
                Row row = new Row(record, problems);
                PlannedCenterForm form = form(row, subDistricts);
                if (row.clean()) {   // an unreadable value is reported once, not again as missing
                    validator.validate(form).forEach(v -> row.problem(v.getPropertyPath().toString(), v.getMessage()));
                }
                if (row.clean()) {
                    try {
                        programme.create(Actor.SYSTEM, form);
                        entered++;
                    } catch (InvalidInputException e) {
                        e.problems().forEach(p -> row.problem(p.field(),
                                messages.getMessage(p.messageKey(), p.args(), Locale.ENGLISH)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading demo data file " + FILE, e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo data file " + FILE + " is broken (" + problems.size()
                    + " problems):\n  " + String.join("\n  ", problems));
        }
        return entered;
    }

    private PlannedCenterForm form(Row row, Map<String, Long> subDistricts) {
        PlannedCenterForm form = new PlannedCenterForm();
        form.setName(row.text("名称"));
        form.setPhase(row.lookUp("期次", PHASES::get));
        form.setSubDistrictId(row.lookUp("街道", subDistricts::get));
        form.setStatus(row.lookUp("状态", STATUSES::get));
        form.setAddress(row.text("地址"));
        row.parse("经度", Double::valueOf, form::setLon);
        row.parse("纬度", Double::valueOf, form::setLat);
        form.setCrs(row.text("坐标系"));
        row.parse("建筑面积", BigDecimal::new, form::setFloorAreaM2);
        row.parse("选址日期", LocalDate::parse, form::setSitedOn);
        row.parse("开工日期", LocalDate::parse, form::setConstructionStartedOn);
        row.parse("开业筹备日期", LocalDate::parse, form::setPreparationStartedOn);
        row.parse("计划开业日期", LocalDate::parse, form::setPlannedOpeningOn);
        row.parse("投用日期", LocalDate::parse, form::setOpenedOn);
        String registryCenter = row.text("登记册中心");
        if (registryCenter != null) {
            form.setCenterId(row.lookUp("登记册中心", name -> centers.findByName(name).map(ServiceCenter::id).orElse(null)));
        }
        form.setEstimated("是".equals(row.text("估算")));
        form.setNote(row.text("备注"));
        return form;
    }

    /** One CSV row, numbered as a spreadsheet shows it (the header is row 1), and its problems. */
    private static final class Row {

        private final CSVRecord record;
        private final List<String> problems;
        private final int before;

        Row(CSVRecord record, List<String> problems) {
            this.record = record;
            this.problems = problems;
            this.before = problems.size();
        }

        String text(String column) {
            String value = record.isMapped(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }

        <T> T lookUp(String column, Function<String, T> lookup) {
            String value = text(column);
            T found = value == null ? null : lookup.apply(value);
            if (value != null && found == null) {
                problem(column, "unknown value \"" + value + "\"");
            }
            return found;
        }

        <T> void parse(String column, Function<String, T> parser, Consumer<T> setter) {
            String value = text(column);
            if (value != null) {
                try {
                    setter.accept(parser.apply(value));
                } catch (RuntimeException e) {
                    problem(column, "cannot read \"" + value + "\"");
                }
            }
        }

        void problem(String field, String message) {
            problems.add(FILE + " row " + (record.getRecordNumber() + 1) + " [" + field + "]: " + message);
        }

        boolean clean() {
            return problems.size() == before;
        }
    }
}

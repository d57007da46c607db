package org.lifecircle.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lifecircle.directory.errands.ErrandForm;
import org.lifecircle.directory.errands.ErrandService;
import org.lifecircle.identity.Actor;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo district's errand guides (errands.csv): common government errands as a Zhengzhou resident would do them,
 * written from the public guidance of the usual offices but NOT official, so each is stored as an example and printed
 * with that mark. District-wide; loaded once, when there is no district-wide guide yet.
 */
@Component
class DemoErrands {

    static final String FILE = "errands.csv";

    private final ErrandService errands;

    DemoErrands(ErrandService errands) {
        this.errands = errands;
    }

    /** @return how many guides were loaded (0 when district-wide guides exist already) */
    int load(Resource file) {
        if (!errands.noDistrictWideGuides()) {
            return 0;
        }
        int loaded = 0;
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                ErrandForm form = new ErrandForm();
                form.setTitle(row.get("事项"));
                form.setPlace(row.get("办理地点"));
                form.setMaterials(row.get("所需材料"));
                form.setHours(row.get("办理时间"));
                form.setPhone(row.get("咨询电话"));
                form.setNote(row.get("备注"));
                form.setSortOrder(Integer.parseInt(row.get("排序").strip()));
                form.setExample(true);
                errands.create(Actor.SYSTEM, form);
                loaded++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading demo data file " + FILE, e);
        }
        return loaded;
    }
}

package org.lifecircle.atlas.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.lifecircle.engine.geo.ChinaCoordinates;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;

/**
 * Typed access to one row's cells. Every accessor that finds a bad value records a problem
 * (row, field as the file names it) and returns null, so one pass finds every problem.
 */
final class RowReader {

    private static final Set<String> TRUE = Set.of("是", "true", "yes", "1", "y", "对", "√");
    private static final Set<String> FALSE = Set.of("否", "false", "no", "0", "n", "");

    private final RawTable.Row row;
    private final Headers headers;
    private final Problems problems;

    RowReader(RawTable.Row row, Headers headers, Problems problems) {
        this.row = row;
        this.headers = headers;
        this.problems = problems;
    }

    int number() {
        return row.number();
    }

    /** Whether the file has this column at all (a blank cell in a present column clears a value). */
    boolean has(String key) {
        return headers.has(key);
    }

    String field(String key) {
        return headers.label(key);
    }

    void problem(String key, String messageKey, Object... args) {
        problems.add(row.number(), key == null ? "" : field(key), messageKey, args);
    }

    /** The trimmed text, or null when blank or the column is absent. */
    String text(String key) {
        Integer index = headers.index(key);
        String value = index == null ? null : row.cell(index);
        if (value == null) {
            return null;
        }
        value = value.replace('\u3000', ' ').strip();
        return value.isEmpty() ? null : value;
    }

    String text(String key, int maxLength) {
        String value = text(key);
        if (value != null && value.length() > maxLength) {
            problem(key, "imports.error.tooLong", maxLength);
            return null;
        }
        return value;
    }

    String required(String key, int maxLength) {
        String value = text(key, maxLength);
        if (value == null && headers.has(key) && text(key) == null) {
            problem(key, "imports.error.required");
        }
        return value;
    }

    Integer wholeNumber(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(",", "").replace("，", ""));
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(key, "imports.error.wholeNumber", value);
            return null;
        }
    }

    BigDecimal area(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(",", "").replaceAll("(?i)(m²|m2|平方米|㎡)$", "").strip());
            if (number.signum() < 0 || number.compareTo(new BigDecimal("999999999")) > 0) {
                throw new NumberFormatException();
            }
            return number.setScale(1, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problem(key, "imports.error.number", value);
            return null;
        }
    }

    /** 0–1, or a percentage such as {@code 18%}. */
    BigDecimal share(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            boolean percent = value.endsWith("%") || value.endsWith("％");
            BigDecimal number = new BigDecimal(percent ? value.substring(0, value.length() - 1).strip() : value);
            if (percent) {
                number = number.movePointLeft(2);
            }
            if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException();
            }
            return number.setScale(4, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problem(key, "imports.error.share", value);
            return null;
        }
    }

    boolean bool(String key) {
        String value = text(key);
        String normal = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(normal)) {
            return true;
        }
        if (!FALSE.contains(normal)) {
            problem(key, "imports.error.boolean", value);
        }
        return false;
    }

    /** lon, lat and crs: converted to WGS-84 with the original kept; null (and problems) if bad. */
    Position position() {
        Double lon = degrees("lon");
        Double lat = degrees("lat");
        CoordinateSystem system = CoordinateSystem.WGS84;
        String crs = text("crs");
        if (crs != null) {
            try {
                system = CoordinateSystem.parse(crs);
            } catch (IllegalArgumentException e) {
                problem("crs", "imports.error.crs", crs);
                return null;
            }
        }
        if (lon == null || lat == null) {
            return null;
        }
        if (lon < -180 || lon > 180) {
            problem("lon", "imports.error.lonRange", text("lon"));
            return null;
        }
        if (lat < -90 || lat > 90) {
            problem("lat", "imports.error.latRange", text("lat"));
            return null;
        }
        LonLat source = LonLat.of(lon, lat);
        if (!ChinaCoordinates.isDefined(system, source)) {
            problem("lon", "imports.error.outsideChina", system.name(), text("lon"), text("lat"));
            return null;
        }
        return new Position(ChinaCoordinates.toWgs84(system, source), source, system);
    }

    private Double degrees(String key) {
        String value = text(key);
        if (value == null) {
            if (headers.has(key)) {
                problem(key, "imports.error.required");
            }
            return null;
        }
        try {
            double degrees = Double.parseDouble(value);
            if (!Double.isFinite(degrees)) {
                throw new NumberFormatException();
            }
            return degrees;
        } catch (NumberFormatException e) {
            problem(key, "imports.error.degrees", value);
            return null;
        }
    }

    /** A place as stored: WGS-84 plus the pair and system it came in. */
    record Position(LonLat wgs84, LonLat source, CoordinateSystem system) {
    }
}

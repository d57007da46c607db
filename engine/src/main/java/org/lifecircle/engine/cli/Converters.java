package org.lifecircle.engine.cli;

import org.lifecircle.engine.access.WalkingProfile;
import org.lifecircle.engine.geo.CoordinateSystem;
import org.lifecircle.engine.geo.LonLat;
import org.lifecircle.engine.network.BoundingBox;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** Option values read from text; a bad value is a usage error naming what was expected. */
final class Converters {

    private Converters() {
    }

    /** {@code minLon,minLat,maxLon,maxLat}, the usual order of GIS tools. */
    static final class Box implements ITypeConverter<BoundingBox> {
        @Override
        public BoundingBox convert(String value) {
            double[] v = numbers(value, 4, "minLon,minLat,maxLon,maxLat");
            try {
                return new BoundingBox(v[1], v[0], v[3], v[2]);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not minLon,minLat,maxLon,maxLat with min <= max");
            }
        }
    }

    /** {@code lon,lat}. */
    static final class Point implements ITypeConverter<LonLat> {
        @Override
        public LonLat convert(String value) {
            double[] v = numbers(value, 2, "lon,lat");
            try {
                return new LonLat(v[0], v[1]);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }

    static final class Crs implements ITypeConverter<CoordinateSystem> {
        @Override
        public CoordinateSystem convert(String value) {
            try {
                return CoordinateSystem.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not WGS84, GCJ02 or BD09");
            }
        }
    }

    static final class Profile implements ITypeConverter<WalkingProfile> {
        @Override
        public WalkingProfile convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "adult" -> WalkingProfile.ADULT;
                case "elderly" -> WalkingProfile.ELDERLY;
                case "wheelchair" -> WalkingProfile.WHEELCHAIR;
                default -> throw new TypeConversionException("'" + value + "' is not adult, elderly or wheelchair");
            };
        }
    }

    private static double[] numbers(String value, int count, String expected) {
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            throw new TypeConversionException("'" + value + "' is not " + expected);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not " + expected + ": '" + parts[i].strip() + "' is not a number");
            }
            if (!Double.isFinite(out[i])) {
                throw new TypeConversionException("'" + value + "' is not " + expected);
            }
        }
        return out;
    }
}

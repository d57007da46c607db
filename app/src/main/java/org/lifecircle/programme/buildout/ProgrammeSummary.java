package org.lifecircle.programme.buildout;

import java.util.Arrays;
import java.util.List;

/**
 * The programme at a glance: how many centers per phase are at each stage, as the seed reports
 * it ("一期15个已全部开工建设，投入使用两个，6个开业筹备，二期16个已完成选址规划").
 *
 * @param rows phase 1, phase 2, then the whole programme (phase null)
 */
public record ProgrammeSummary(List<Row> rows) {

    /**
     * @param byStatus how many centers are at each stage, in {@link BuildStatus} order
     * @param started  how many have started construction (at or past UNDER_CONSTRUCTION)
     */
    public record Row(Integer phase, List<Long> byStatus, long total, long started) {

        public long count(BuildStatus status) {
            return byStatus.get(status.ordinal());
        }

        public long sited() {
            return count(BuildStatus.SITED);
        }

        public long underConstruction() {
            return count(BuildStatus.UNDER_CONSTRUCTION);
        }

        public long preparing() {
            return count(BuildStatus.PREPARING);
        }

        public long open() {
            return count(BuildStatus.OPEN);
        }
    }

    public static ProgrammeSummary of(List<PlannedCenter> centers) {
        return new ProgrammeSummary(List.of(row(centers, 1), row(centers, 2), row(centers, null)));
    }

    public Row phase(int phase) {
        return rows.get(phase - 1);
    }

    public Row total() {
        return rows.get(2);
    }

    private static Row row(List<PlannedCenter> centers, Integer phase) {
        long[] counts = new long[BuildStatus.values().length];
        centers.stream().filter(c -> phase == null || c.phase() == phase).forEach(c -> counts[c.status().ordinal()]++);
        long total = Arrays.stream(counts).sum();
        return new Row(phase, Arrays.stream(counts).boxed().toList(), total, total - counts[BuildStatus.SITED.ordinal()]);
    }
}

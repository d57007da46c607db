package org.lifecircle.planning.areas;

/**
 * The kind of area a center serves, and the seeds' rule for it (seed 001: 按照居住区3万至6万人、产业区5万至9万人
 * 建设一处便民服务中心): the residents one center should serve.
 */
public enum AreaKind {
    RESIDENTIAL(30_000, 60_000),
    INDUSTRIAL(50_000, 90_000);

    private final int minResidents;
    private final int maxResidents;

    AreaKind(int minResidents, int maxResidents) {
        this.minResidents = minResidents;
        this.maxResidents = maxResidents;
    }

    public int minResidents() {
        return minResidents;
    }

    public int maxResidents() {
        return maxResidents;
    }

    /** Where a center serving {@code residents} stands against the rule. */
    public Fit fit(double residents) {
        return residents < minResidents ? Fit.BELOW : residents > maxResidents ? Fit.ABOVE : Fit.WITHIN;
    }

    public enum Fit { BELOW, WITHIN, ABOVE }
}

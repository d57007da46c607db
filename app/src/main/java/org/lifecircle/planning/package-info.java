/**
 * Planning (规划): the district planner's workspace. Runs the accessibility engine on the street
 * network and the atlas's compounds and facilities: coverage by walking time per community and
 * overall, isochrones from any point, the ranked gaps, and (further packages) standards compliance,
 * service areas, what-if scenarios, site selection and the build-out programme's report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"atlas", "atlas::compound", "atlas::facility",
        "atlas::category", "atlas::center", "atlas::division", "atlas::map", "atlas::importing", "network", "identity", "shared"})
package org.lifecircle.planning;

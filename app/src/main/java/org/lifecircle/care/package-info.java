/**
 * Care (居家养老): the home elderly-care platform. Part A, built here: the registry of care stations
 * ({@code station}), caregivers ({@code caregiver}), the service catalogue ({@code catalogue}) and elders
 * ({@code elder}) with their ability assessments ({@code assessment}), and the protection of elders' personal
 * information ({@code privacy}: encryption at rest, blind indexes, masking, the log of unmasked reads). Part B:
 * intake ({@code request}), dispatch ({@code dispatch}: proposals, assignment guarded in PostgreSQL, emergency alerts)
 * and route planning ({@code routes}, the engine's RouteSolver). Part D: reports ({@code report}: figures per
 * station, community and district aggregated in SQL, the 15-minute walking coverage, ECharts and XLSX). Elders' data is visible only to the dispatch center, the staff of
 * the elder's community and the caregivers of the elder's station ({@code Actor.canSeeElder}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"atlas", "atlas::division", "atlas::compound",
        "atlas::facility", "atlas::importing", "atlas::map", "identity", "network", "shared"})
package org.lifecircle.care;

/**
 * What-if scenarios (情景方案): named, saved lists of proposed, moved and closed facilities and service
 * centers, evaluated against the registry without changing it. For a service and walking time the
 * evaluation gives the coverage before and after, their difference and the gaps of every service the
 * scenario touches; changes appended to a scenario are applied to the engine's what-if state
 * incrementally. {@link org.lifecircle.planning.scenario.ScenarioService#centersUnder} gives the centers
 * as they would be under a scenario; their service areas come from the {@code areas} package.
 */
package org.lifecircle.planning.scenario;

/**
 * Routes with time windows for people who visit people (caregivers visiting elders): which worker does which visit,
 * in which order and at what time, on the travel times of the street network. Built on OR-Tools' routing library;
 * the problem and plan are plain arrays and records, with no knowledge of the care platform.
 */
package org.lifecircle.engine.routing;

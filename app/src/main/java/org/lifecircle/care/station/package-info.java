/** Home-care stations (居家养老服务站): where caregivers start from, day care, linked community health centers. */
@org.springframework.modulith.NamedInterface("station")
package org.lifecircle.care.station;

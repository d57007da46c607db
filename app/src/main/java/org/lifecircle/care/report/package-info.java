/**
 * Reports (统计报表): figures per station, per community and for the district over a period of days (Asia/Shanghai):
 * requests, completion, punctuality, verification, emergency response, caregiver workload and the elders within a
 * 15-minute walk of a station (the street network, the elderly walking speed). Every figure is an aggregate of the
 * care tables computed in SQL; nothing is decrypted. Shown on {@code /care/reports} with ECharts, served as JSON and
 * as an XLSX workbook. {@link org.lifecircle.care.report.CareHistory} writes past requests and visits in bulk (the
 * demo's history).
 */
@org.springframework.modulith.NamedInterface("report")
package org.lifecircle.care.report;

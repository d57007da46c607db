/**
 * Programme (建设计划): the build-out programme of the district's convenience service centers.
 * Planned centers by phase (一期, 二期) and sub-district move through four stages (sited, under
 * construction, preparing to open, open) with their dates and a status history; once a center
 * exists it is linked to the atlas' registry record. Planners and administrators edit; all
 * staff read. Feature package: {@code buildout}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"atlas", "atlas::division", "atlas::center", "identity", "shared"})
package org.lifecircle.programme;

/**
 * The demo district: on the first start in the {@code demo} profile (the default), loads
 * Zhengdong's divisions, compounds, centers and facilities from {@code lifecircle.demo.location}
 * through the very importer staff use, so the demo files are also a test of the import formats,
 * and the build-out programme through the programme's service, and the home-care registry (stations, caregivers,
 * fictional elders, and four weeks of made-up visits for the reports) through the care module's services; then makes
 * sure one demo account per role exists, and gives the demo caregiver and resident accounts a day of visits (requests,
 * dispatch, one visit made). It also
 * fills the directory's errand guides with examples (errands.csv) and gives the demo communities' portals some news,
 * notices and events.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"atlas::importing", "atlas::division", "atlas::center", "atlas::compound", "identity",
                "programme::buildout", "directory::errands", "portal::news", "portal::events", "care::station",
                "care::caregiver", "care::catalogue", "care::elder", "care::request", "care::dispatch", "care::visit",
                "care::report", "shared"})
package org.lifecircle.demo;

/**
 * Portal (社区门户): what residents see of their community — so far the services around a compound by walking time
 * ({@code nearby}), as JSON for the portal pages, smart terminals and mobile apps.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"atlas", "atlas::compound", "atlas::facility",
        "atlas::category", "atlas::importing", "network", "shared"})
package org.lifecircle.portal;

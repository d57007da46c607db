/**
 * Portal (社区门户): what residents see of their community. A portal per community at {@code /c/{code}}
 * ({@code community}): the committee's contacts and map, news and notices ({@code news}), upcoming events
 * ({@code events}) and the services around a compound by walking time ({@code nearby}); the pictures staff upload for
 * them ({@code images}); the sanitiser every staff-written HTML passes ({@code richtext}); and the district's page
 * that finds a resident's community ({@code home}). Staff of a community write its portal under
 * {@code /c/{code}/manage}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"atlas", "atlas::compound", "atlas::facility",
        "atlas::category", "atlas::importing", "atlas::division", "atlas::map", "network", "identity", "shared"})
package org.lifecircle.portal;

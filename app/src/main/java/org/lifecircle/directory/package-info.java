/**
 * Directory (商户名录与便民服务手册): the merchant directory of each community, chosen by walking time from its
 * compounds, kept true by change proposals and verification; the community service handbook as a web page and a
 * printed PDF in numbered editions; guides for common government errands; and the whole directory in Open
 * Referral's HSDS 3.0 format. The merchants themselves are atlas facilities: this module changes them only through
 * {@code FacilityService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"atlas", "atlas::compound", "atlas::facility",
        "atlas::category", "atlas::division", "atlas::center", "atlas::importing", "network", "identity", "shared"})
package org.lifecircle.directory;

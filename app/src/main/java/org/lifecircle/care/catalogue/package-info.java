/** The service catalogue (服务项目): what the platform delivers, how long it takes, which skills it needs. */
@org.springframework.modulith.NamedInterface("catalogue")
package org.lifecircle.care.catalogue;

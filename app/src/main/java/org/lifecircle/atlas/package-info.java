/**
 * Atlas (地图册): the places-and-services registry. Districts, sub-districts (办事处),
 * communities (社区), residential compounds (小区/楼院) with households and population, service
 * centers and their tiers and functional areas, facilities and merchants and the category
 * catalogue they are classified by. Other modules read it through this package's public types.
 */
package org.lifecircle.atlas;

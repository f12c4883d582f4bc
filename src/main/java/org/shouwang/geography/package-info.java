/**
 * The district's map: boundary, station jurisdictions, grids (网格) with polygons, places (key places,
 * schools, hospitals, bank outlets), GeoJSON import/export and geocoding point → grid and station.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography", allowedDependencies = { "platform", "audit" })
package org.shouwang.geography;

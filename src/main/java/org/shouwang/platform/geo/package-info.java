/** Shared geodesy: validated coordinates, great-circle distance, radius boxes. */
package org.shouwang.platform.geo;

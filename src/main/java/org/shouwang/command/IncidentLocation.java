package org.shouwang.command;

/** An incident's place: WGS84 degrees and the address given. */
public record IncidentLocation(double lat, double lng, String address) {
}

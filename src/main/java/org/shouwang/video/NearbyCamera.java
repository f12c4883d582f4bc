package org.shouwang.video;

/** A camera near a point and its distance from it, in metres (great-circle). */
public record NearbyCamera(Camera camera, long distanceMeters) {
}

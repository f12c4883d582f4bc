package org.shouwang.community;

import java.util.List;

/** A police post (警务室) of a station with the grids it looks after. */
public record PolicePost(String code, String name, String stationCode, List<String> gridCodes) {
}

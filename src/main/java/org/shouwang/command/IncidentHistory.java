package org.shouwang.command;

import java.util.List;

/** Premise history of an incident: the caller's other incidents and the incidents near its place. */
public record IncidentHistory(List<IncidentListItem> sameCaller, List<IncidentListItem> nearby) {
}

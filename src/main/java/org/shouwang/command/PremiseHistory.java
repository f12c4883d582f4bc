package org.shouwang.command;

import java.util.List;

/** Premise history of an incident: the caller's other incidents and the incidents near its place. */
public record PremiseHistory(List<IncidentListItem> sameCaller, List<IncidentListItem> nearby) {
}

package org.shouwang.cases;

/** Which cases a list shows; nulls mean no restriction. {@code q} matches number or title; {@code from}/{@code to} bound the received date (local dates, Asia/Shanghai, to exclusive); {@code incidentId} finds the case an incident led to. */
public record CaseFilter(CaseKind kind, CaseStatus status, Offence offence, String stationCode, String unitCode, Boolean enterpriseRelated, Long leadInvestigatorId, String q, java.time.LocalDate from, java.time.LocalDate to, java.util.UUID incidentId) {
}

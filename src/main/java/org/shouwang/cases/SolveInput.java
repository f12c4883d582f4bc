package org.shouwang.cases;

/** The three conditions of 破案, each to be recorded as true. */
public record SolveInput(Boolean factsProven, Boolean actProven, Boolean mainSuspectInCustody) {
}

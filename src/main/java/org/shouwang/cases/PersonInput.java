package org.shouwang.cases;

/** A person to add to a case: role and name required; sex, birth year and an 18-character resident ID number optional. */
public record PersonInput(PersonRole role, String name, Sex sex, Integer birthYear, String idNumber) {
}

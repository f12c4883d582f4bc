package org.shouwang.prevention;

import java.time.LocalDate;

/** A clean-up deployment of a remediation project: the day, officers deployed (人次) and a note. */
public record DeploymentInput(LocalDate deployedOn, Integer officers, String note) {
}

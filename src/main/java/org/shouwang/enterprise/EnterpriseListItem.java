package org.shouwang.enterprise;

import java.time.LocalDate;

/** An enterprise in the list, with its open issues and the date of its last liaison. */
public record EnterpriseListItem(Enterprise enterprise, long openIssues, LocalDate lastLiaison) {
}

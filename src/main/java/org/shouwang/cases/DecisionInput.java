package org.shouwang.cases;

/** An administrative decision: a fine has an amount (元), detention 1–20 days. */
public record DecisionInput(Penalty penalty, java.math.BigDecimal fineYuan, Integer detentionDays) {
}

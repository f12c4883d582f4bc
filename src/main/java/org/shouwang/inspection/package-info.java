/**
 * 重点行业: premises of special industries (旅馆, 公章刻制, 废旧金属收购, 机动车修理, 典当, 涉危涉爆, bank outlets), their
 * inspections (家次) whose findings are reported as hazards, and penalties (警告, 罚款, 责令停业整顿, 吊销许可证). A station
 * sees its own premises.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Special-industry inspections",
		allowedDependencies = { "platform", "audit", "security", "geography" })
package org.shouwang.inspection;

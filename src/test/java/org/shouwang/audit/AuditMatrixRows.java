package org.shouwang.audit;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The audit module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class AuditMatrixRows implements MatrixRows {

	@Override
	public List<Entry> rows() {
		return List.of(
				// audit: branch-wide, for auditors only
				api("GET", "/api/v1/audit/entries", "audit:read"),
				api("GET", "/api/v1/audit/verify", "audit:verify"),
				api("POST", "/api/v1/audit/checkpoints", "audit:verify"),
				api("GET", "/api/v1/audit/checkpoints/latest", "audit:verify"),
				page("GET", "/admin/audit", "audit:read"),
				page("GET", "/admin/audit/verify", "audit:verify"),
				page("POST", "/admin/audit/checkpoints", "audit:verify"));
	}
}

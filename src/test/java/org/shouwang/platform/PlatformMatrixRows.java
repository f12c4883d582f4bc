package org.shouwang.platform;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The platform module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class PlatformMatrixRows implements MatrixRows {

	@Override
	public List<Entry> rows() {
		return List.of(
				// platform
				page("GET", "/", Access.AUTHENTICATED));
	}
}

package org.shouwang.video.internal;

import org.shouwang.video.AlertSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code video_alert_source} and {@code video_alert_signature}. */
@Repository
public class AlertSourceRows {

	private final JdbcClient jdbc;

	AlertSourceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AlertSource> list() {
		return jdbc.sql("SELECT * FROM video_alert_source ORDER BY code").query(AlertSourceRows::map).list();
	}

	public Optional<AlertSource> find(String code) {
		return jdbc.sql("SELECT * FROM video_alert_source WHERE code = ?").param(code).query(AlertSourceRows::map).optional();
	}

	/** The key of an active source. */
	public Optional<byte[]> activeKey(String code) {
		return jdbc.sql("SELECT hmac_key FROM video_alert_source WHERE code = ? AND active")
			.param(code)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
	}

	public void insert(String code, String name, byte[] key, boolean demo, Instant now) {
		jdbc.sql("INSERT INTO video_alert_source (code, name, hmac_key, active, demo, created_at, key_set_at) VALUES (?, ?, ?, true, ?, ?, ?)")
			.params(code, name, key, demo, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void setKey(String code, byte[] key, Instant now) {
		jdbc.sql("UPDATE video_alert_source SET hmac_key = ?, key_set_at = ? WHERE code = ?")
			.params(key, Timestamp.from(now), code)
			.update();
	}

	public void setActive(String code, boolean active) {
		jdbc.sql("UPDATE video_alert_source SET active = ? WHERE code = ?").params(active, code).update();
	}

	/** Remembers a request's signature; false when it was seen before (a replay). */
	public boolean remember(String source, String signature, Instant now) {
		return jdbc.sql("INSERT INTO video_alert_signature (source_code, signature, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(source, signature, Timestamp.from(now))
			.update() == 1;
	}

	public void forgetSignaturesBefore(Instant cutoff) {
		jdbc.sql("DELETE FROM video_alert_signature WHERE seen_at < ?").param(Timestamp.from(cutoff)).update();
	}

	private static AlertSource map(ResultSet rs, int row) throws SQLException {
		return new AlertSource(rs.getString("code"), rs.getString("name"), rs.getBoolean("active"), rs.getBoolean("demo"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("key_set_at").toInstant());
	}
}

package org.shouwang.command;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.command.board.Board;
import org.shouwang.command.board.BoardSnapshot;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.security.Role;
import org.shouwang.security.SignedInUser;
import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The data scope lives below the controllers: command's services called with a station user's security context
 * and no web request at all (as a listener, a job or another module would call them) give that station's records
 * only, and another station's incident is not found.
 */
@ShouwangTest
class CommandServiceScopeTests {

	@Autowired
	Incidents incidents;

	@Autowired
	Dispatch dispatch;

	@Autowired
	UnitBoard units;

	@Autowired
	Board board;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static void signInAsStationUser(String station) {
		SignedInUser user = new SignedInUser("scope-" + station, "x", Set.of(Role.OFFICER), station, null,
				SignedInUser.PendingStep.NONE);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
	}

	private UUID anIncidentOf(String station) {
		return jdbc.sql("SELECT id FROM incident WHERE station_code = ? ORDER BY reported_at DESC LIMIT 1")
			.param(station)
			.query(UUID.class)
			.single();
	}

	@Test
	void aStationUsersServiceCallsSeeOnlyTheirStation() {
		UUID own = anIncidentOf("WB01");
		UUID other = anIncidentOf("WB02");
		long ownOpen = jdbc.sql("SELECT count(*) FROM incident WHERE station_code = 'WB01' AND status NOT IN ('CLEARED', 'MERGED')")
			.query(Long.class)
			.single();
		long ownTotal = jdbc.sql("SELECT count(*) FROM incident WHERE station_code = 'WB01'").query(Long.class).single();
		long wb02Unit = SystemActor.call(SystemActor.SYSTEM, () -> units.units(null, "WB02")).get(0).id();
		signInAsStationUser("WB01");

		Page<IncidentListItem> page = incidents.list(new IncidentFilter(null, null, null, null, null), 0, 200);
		assertThat(page.total()).isEqualTo(ownTotal);
		assertThat(page.items()).isNotEmpty().allSatisfy(i -> assertThat(i.stationCode()).isEqualTo("WB01"));
		assertThat(incidents.list(new IncidentFilter(null, null, null, null, "WB02"), 0, 20).total())
			.as("another station's list").isZero();
		assertThat(incidents.open(5000)).hasSize((int) ownOpen)
			.allSatisfy(i -> assertThat(i.stationCode()).isEqualTo("WB01"));

		assertThat(incidents.get(own).stationCode()).isEqualTo("WB01");
		assertThat(incidents.history(own).nearby()).allSatisfy(i -> assertThat(i.stationCode()).isEqualTo("WB01"));
		assertThatThrownBy(() -> incidents.get(other)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> incidents.history(other)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> dispatch.recommend(other, 5)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> dispatch.progress(other, new ProgressRequest(ProgressStatus.CLEARED, null, null, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> incidents.dismissDuplicate(other)).isInstanceOf(NotFoundException.class);

		List<Unit> visible = units.units(null, null);
		assertThat(visible).isNotEmpty().allSatisfy(u -> assertThat(u.stationCode()).isEqualTo("WB01"));
		assertThatThrownBy(() -> units.unit(wb02Unit)).isInstanceOf(NotFoundException.class);

		BoardSnapshot snapshot = board.snapshot(Locale.CHINA);
		assertThat(snapshot.openCount()).isEqualTo(ownOpen);
		assertThat(snapshot.incidents()).allSatisfy(i -> assertThat(i.stationCode()).isEqualTo("WB01"));
		assertThat(snapshot.units()).isNotEmpty().allSatisfy(u -> assertThat(u.stationCode()).isEqualTo("WB01"));
	}
}

package org.shouwang.command.board;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The board stream keeps itself alive with heartbeat comments and forgets subscribers that went away. */
@ShouwangTest
class BoardStreamTests {

	@LocalServerPort
	int port;

	@Autowired
	BoardEvents events;

	@Test
	void heartbeatsKeepTheStreamOpenAndAClosedStreamIsForgotten() throws Exception {
		BoardTestClient api = new BoardTestClient(port);
		int before = events.subscribers();
		try (SseStream staying = api.events(); SseStream leaving = api.events()) {
			assertThat(staying.status()).isEqualTo(200);
			assertThat(staying.next(e -> e.name().equals("ready"), Duration.ofSeconds(10))).isNotNull();
			assertThat(leaving.next(e -> e.name().equals("ready"), Duration.ofSeconds(10))).isNotNull();
			assertThat(events.subscribers()).isGreaterThanOrEqualTo(before + 2);

			leaving.close();
			Duration wait = BoardEvents.HEARTBEAT.plusSeconds(5);
			assertThat(staying.next(e -> e.name().equals(SseStream.COMMENT) && e.data().equals("heartbeat"), wait))
				.as("a heartbeat comment within %s", wait).isNotNull();
			// Streams closed earlier (ours, and other tests' before it) are found by the next heartbeats; only the
			// open one stays. Tests run one at a time, so no other stream is open now.
			Instant deadline = Instant.now().plus(BoardEvents.HEARTBEAT.multipliedBy(2).plusSeconds(5));
			while (events.subscribers() > 1 && Instant.now().isBefore(deadline)) {
				Thread.sleep(200);
			}
			assertThat(events.subscribers()).as("the closed streams are forgotten, the open one kept").isEqualTo(1);
			assertThat(staying.next(e -> e.name().equals(SseStream.COMMENT), BoardEvents.HEARTBEAT.plusSeconds(5)))
				.as("the open stream still gets heartbeats").isNotNull();
		}
	}
}

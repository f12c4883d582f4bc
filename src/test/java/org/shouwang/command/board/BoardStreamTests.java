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
			assertThat(events.subscribers()).isEqualTo(before + 2);

			leaving.close();
			Duration wait = BoardEvents.HEARTBEAT.plusSeconds(5);
			assertThat(staying.next(e -> e.name().equals(SseStream.COMMENT) && e.data().equals("heartbeat"), wait))
				.as("a heartbeat comment within %s", wait).isNotNull();
			Instant deadline = Instant.now().plus(BoardEvents.HEARTBEAT.multipliedBy(2).plusSeconds(5));
			while (events.subscribers() > before + 1 && Instant.now().isBefore(deadline)) {
				Thread.sleep(200);
			}
			assertThat(events.subscribers()).as("the closed stream is forgotten, the open one kept").isEqualTo(before + 1);
		}
	}
}

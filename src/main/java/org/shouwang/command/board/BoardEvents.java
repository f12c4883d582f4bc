package org.shouwang.command.board;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The node's Server-Sent Events subscribers of the board. Changes are coalesced (at most one {@code change}
 * event per 200 ms, the ids of the changed records in it), a comment every 15 s keeps
 * connections open through proxies and finds dead ones, and a {@code refresh} every 30 s makes clients reload
 * even if a notification was lost. Sending runs on its own thread, so a slow client never holds up the
 * database listener. Subscribers are closed before the web server's graceful shutdown waits for requests.
 */
@Component
class BoardEvents implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BoardEvents.class);

	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	static final Duration REFRESH = Duration.ofSeconds(30);

	/** A stream ends after this; the browser's EventSource then reconnects by itself. */
	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	static final long MIN_INTERVAL_MILLIS = 200;

	/** Above this many changed records in one event, only their number is sent. */
	static final int MAX_ITEMS = 50;

	private final Set<SseEmitter> subscribers = ConcurrentHashMap.newKeySet();

	private final ConcurrentLinkedQueue<BoardNotification> pending = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean flushScheduled = new AtomicBoolean();

	private final JsonMapper json;

	private volatile ScheduledExecutorService sender;

	private volatile long lastFlush;

	private volatile boolean running;

	BoardEvents(JsonMapper json) {
		this.json = json;
	}

	// ---- subscribers

	/** A new subscriber; it gets a {@code ready} event at once (reload now), then changes as they come. */
	SseEmitter subscribe() {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		emitter.onCompletion(() -> subscribers.remove(emitter));
		emitter.onTimeout(() -> {
			subscribers.remove(emitter);
			emitter.complete();
		});
		emitter.onError(ex -> subscribers.remove(emitter));
		subscribers.add(emitter);
		send(emitter, () -> SseEmitter.event().name("ready").reconnectTime(3000).data("{}", MediaType.APPLICATION_JSON));
		return emitter;
	}

	/** Number of open streams on this node. */
	int subscribers() {
		return subscribers.size();
	}

	// ---- changes

	/** Announces changed records to every subscriber (coalesced with others that come close together). */
	void publish(List<BoardNotification> notifications) {
		if (notifications.isEmpty()) {
			return;
		}
		pending.addAll(notifications);
		ScheduledExecutorService executor = sender;
		if (executor != null && flushScheduled.compareAndSet(false, true)) {
			long delay = Math.max(0, lastFlush + MIN_INTERVAL_MILLIS - System.currentTimeMillis());
			executor.schedule(this::flush, delay, TimeUnit.MILLISECONDS);
		}
	}

	/** Tells every subscriber to reload (periodically, and after the listener reconnected). */
	void refresh(String reason) {
		ScheduledExecutorService executor = sender;
		if (executor != null) {
			executor.execute(() -> sendAll(() -> SseEmitter.event()
				.name("refresh")
				.data("{\"reason\":\"" + reason + "\"}", MediaType.APPLICATION_JSON)));
		}
	}

	private void flush() {
		flushScheduled.set(false);
		Map<String, BoardNotification> latest = new LinkedHashMap<>();
		BoardNotification n;
		while ((n = pending.poll()) != null) {
			latest.merge(n.kind() + ":" + n.id(), n, (a, b) -> a.version() >= b.version() ? a : b);
		}
		if (latest.isEmpty()) {
			return;
		}
		lastFlush = System.currentTimeMillis();
		List<BoardNotification> items = new ArrayList<>(latest.values());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("count", items.size());
		body.put("items", items.size() > MAX_ITEMS ? List.of() : items);
		String data = json.writeValueAsString(body);
		sendAll(() -> SseEmitter.event().name("change").data(data, MediaType.APPLICATION_JSON));
	}

	private void heartbeat() {
		sendAll(() -> SseEmitter.event().comment("heartbeat"));
	}

	private void sendAll(Supplier<SseEmitter.SseEventBuilder> event) {
		for (SseEmitter emitter : subscribers) {
			send(emitter, event);
		}
	}

	private void send(SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
		try {
			emitter.send(event.get());
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away (or the stream already ended): forget it.
			subscribers.remove(emitter);
			try {
				emitter.completeWithError(ex);
			}
			catch (RuntimeException ignored) {
				// already completed
			}
		}
	}

	// ---- lifecycle

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "board-events");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleAtFixedRate(safely(this::heartbeat), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
		executor.scheduleAtFixedRate(safely(() -> refresh("periodic")), REFRESH.toMillis(), REFRESH.toMillis(),
				TimeUnit.MILLISECONDS);
		sender = executor;
		running = true;
	}

	private Runnable safely(Runnable task) {
		return () -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Board events task failed: {}", ex.toString());
			}
		};
	}

	@Override
	public void stop() {
		running = false;
		ScheduledExecutorService executor = sender;
		sender = null;
		if (executor != null) {
			executor.shutdownNow();
		}
		for (SseEmitter emitter : subscribers) {
			try {
				emitter.complete();
			}
			catch (RuntimeException ignored) {
				// already completed
			}
		}
		subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}

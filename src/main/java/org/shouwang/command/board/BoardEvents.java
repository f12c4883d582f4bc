package org.shouwang.command.board;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

import org.shouwang.command.UnitBoard;
import org.shouwang.security.DataScope;

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

	/** The open streams, each with its subscriber's data scope (a station user hears of their station's records). */
	private final Map<SseEmitter, DataScope> subscribers = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<BoardNotification> pending = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean flushScheduled = new AtomicBoolean();

	private final JsonMapper json;

	private volatile ScheduledExecutorService sender;

	private volatile long lastFlush;

	private volatile boolean running;

	private final BoardRepository repository;

	private final UnitBoard units;

	BoardEvents(JsonMapper json, BoardRepository repository, UnitBoard units) {
		this.json = json;
		this.repository = repository;
		this.units = units;
	}

	// ---- subscribers

	/**
	 * A new subscriber in the caller's data scope ({@link DataScope#current()}); it gets a {@code ready} event at
	 * once (reload now), then the changes of the records in its scope as they come.
	 */
	SseEmitter subscribe() {
		DataScope scope = DataScope.current();
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		emitter.onCompletion(() -> subscribers.remove(emitter));
		emitter.onTimeout(() -> {
			subscribers.remove(emitter);
			emitter.complete();
		});
		emitter.onError(ex -> subscribers.remove(emitter));
		subscribers.put(emitter, scope);
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
		Map<String, String> stations = subscribers.values().stream().allMatch(DataScope::branchWide) ? Map.of()
				: stations(items);
		Map<DataScope, String> data = new HashMap<>();
		for (Map.Entry<SseEmitter, DataScope> subscriber : subscribers.entrySet()) {
			DataScope scope = subscriber.getValue();
			String body = data.computeIfAbsent(scope, s -> change(s.branchWide() ? items
					: items.stream().filter(i -> s.permits(stations.get(i.kind() + ":" + i.id()))).toList()));
			if (body != null) {
				send(subscriber.getKey(), () -> SseEmitter.event().name("change").data(body, MediaType.APPLICATION_JSON));
			}
		}
	}

	/** The {@code change} event's data, or null when none of the changes is for the subscriber. */
	private String change(List<BoardNotification> items) {
		if (items.isEmpty()) {
			return null;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("count", items.size());
		body.put("items", items.size() > MAX_ITEMS ? List.of() : items);
		return json.writeValueAsString(body);
	}

	/** The station of each changed record ({@code kind:id}): an incident's station, a unit's home station. */
	private Map<String, String> stations(List<BoardNotification> items) {
		Map<String, String> stations = new HashMap<>();
		List<UUID> incidents = new ArrayList<>();
		for (BoardNotification item : items) {
			if ("unit".equals(item.kind())) {
				units.homeStation(Long.parseLong(item.id())).ifPresent(s -> stations.put("unit:" + item.id(), s));
			}
			else if ("incident".equals(item.kind())) {
				incidents.add(UUID.fromString(item.id()));
			}
		}
		repository.stations(incidents).forEach((id, station) -> stations.put("incident:" + id, station));
		return stations;
	}

	private void heartbeat() {
		sendAll(() -> SseEmitter.event().comment("heartbeat"));
	}

	private void sendAll(Supplier<SseEmitter.SseEventBuilder> event) {
		for (SseEmitter emitter : subscribers.keySet()) {
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
		for (SseEmitter emitter : subscribers.keySet()) {
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

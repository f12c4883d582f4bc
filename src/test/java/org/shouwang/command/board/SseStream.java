package org.shouwang.command.board;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Server-Sent Events client for tests: reads a {@code text/event-stream} on HttpClient's threads and
 * queues each event (name, data, arrival time in nanoTime) until the test takes it.
 */
final class SseStream implements AutoCloseable {

	/** Name given to a comment line (a heartbeat). */
	static final String COMMENT = ":comment";

	/** One event as received. */
	record Event(String name, String data, long receivedNanos) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private volatile Flow.Subscription subscription;

	private volatile int status;

	private SseStream() {
	}

	/** Opens the stream and waits for the response headers (so the subscription is in place on the server). */
	static SseStream open(HttpClient http, String url) throws Exception {
		SseStream stream = new SseStream();
		CountDownLatch headers = new CountDownLatch(1);
		// The future of the whole response ends with the stream; the handler runs as soon as the headers came.
		http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(), info -> {
			stream.status = info.statusCode();
			headers.countDown();
			return HttpResponse.BodySubscribers.fromLineSubscriber(stream.new Lines());
		});
		if (!headers.await(30, TimeUnit.SECONDS)) {
			throw new AssertionError("no response headers from " + url);
		}
		return stream;
	}

	int status() {
		return status;
	}

	/** The next event that matches, waiting at most {@code timeout}; null if none came. */
	Event next(Predicate<Event> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return null;
			}
			Event event = events.poll(left, TimeUnit.NANOSECONDS);
			if (event == null) {
				return null;
			}
			if (matching.test(event)) {
				return event;
			}
		}
	}

	/** Forgets the events received so far. */
	void clear() {
		events.clear();
	}

	@Override
	public void close() {
		Flow.Subscription s = subscription;
		if (s != null) {
			s.cancel();
		}
	}

	/** Turns lines into events: {@code event:} and {@code data:} lines up to a blank line; comments as {@link #COMMENT}. */
	private final class Lines implements Flow.Subscriber<String> {

		private String name = "message";

		private final StringBuilder data = new StringBuilder();

		@Override
		public void onSubscribe(Flow.Subscription s) {
			subscription = s;
			s.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.isEmpty()) {
				if (!data.isEmpty() || !"message".equals(name)) {
					events.add(new Event(name, data.toString(), System.nanoTime()));
				}
				name = "message";
				data.setLength(0);
			}
			else if (line.startsWith(":")) {
				events.add(new Event(COMMENT, line.substring(1).strip(), System.nanoTime()));
			}
			else if (line.startsWith("event:")) {
				name = line.substring(6).strip();
			}
			else if (line.startsWith("data:")) {
				if (!data.isEmpty()) {
					data.append('\n');
				}
				data.append(line.substring(5).strip());
			}
		}

		@Override
		public void onError(Throwable throwable) {
			// the stream ended (closed by the test or the server)
		}

		@Override
		public void onComplete() {
			// the stream ended
		}
	}
}

package org.plenary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The integration tests' clock: the system's UTC clock, which a test moves forward instead of
 * sleeping (a silence procedure's deadline passes at once). It only ever moves forward, and by
 * small steps, so the other tests sharing the context still see today.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

	/** Moves the clock {@code by} forward. */
	public void advance(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("the test clock only moves forward");
		}
		ahead.accumulateAndGet(by, Duration::plus);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the application's clock is UTC");
	}
}

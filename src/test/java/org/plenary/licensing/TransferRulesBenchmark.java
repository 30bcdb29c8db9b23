package org.plenary.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.rules.Recipient;
import org.plenary.licensing.rules.Rules;
import org.plenary.registry.Registry;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * Single-thread rule evaluation on the real reference data: {@code rules} times the rules engine on
 * a mix of eight transfers whose recipient facts and rulebook are already resolved; {@code assess}
 * times the whole assessor (validation, cached recipient facts, rulebook, rules, decision).
 *
 *   bench/run.sh org.openjdk.jmh.Main TransferRulesBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TransferRulesBenchmark {

	record Case(Transfer transfer, ControlListEntry entry, Recipient recipient, Rulebook book,
			List<org.plenary.guidelines.AdoptedException> exceptions) {
	}

	TransferAssessor assessor;
	Case[] cases;
	Transfer[] transfers;
	int next;

	@Setup
	public void setUp() {
		Registry registry = Registry.fromReferenceData(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
		Guidelines guidelines = Guidelines.fromReferenceData();
		assessor = new TransferAssessor(registry, guidelines, List.of());
		transfers = new Transfer[] { transfer("2009-06-01", "IN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR),
				transfer("2007-06-01", "IN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR),
				transfer("2016-06-23", "IN", ControlList.TRIGGER, "5.1.1.b", EndUseActivity.SAFEGUARDED_NUCLEAR),
				transfer("2016-06-23", "PK", ControlList.TRIGGER, "1.6", EndUseActivity.SAFEGUARDED_NUCLEAR),
				transfer("2020-01-01", "AR", ControlList.TRIGGER, "2.1", EndUseActivity.SAFEGUARDED_NUCLEAR),
				transfer("2024-01-01", "KP", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR),
				transfer("2020-01-01", "JP", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR),
				transfer("2010-01-01", "BR", ControlList.UNLISTED, null, EndUseActivity.NUCLEAR_EXPLOSIVE) };
		cases = new Case[transfers.length];
		for (int i = 0; i < transfers.length; i++) {
			Transfer t = transfers[i];
			Rulebook book = guidelines.rulebook(t.date());
			cases[i] = new Case(t, t.item().entry() == null ? null : book.entry(t.item().list(), t.item().entry()).orElseThrow(),
					assessor.recipient(t.recipient(), t.date()), book, guidelines.exceptionsFor(t.recipient(), t.date()));
		}
	}

	@Benchmark
	public void rules(Blackhole hole) {
		Case c = cases[next++ & 7];
		hole.consume(Rules.decide(c.transfer(), c.entry(), c.recipient(), c.book(), c.exceptions()).decision("t", List.of()));
	}

	@Benchmark
	public void assess(Blackhole hole) {
		hole.consume(assessor.assess(transfers[next++ & 7]));
	}

	static Transfer transfer(String date, String recipient, ControlList list, String entry, EndUseActivity use) {
		return new Transfer("t", LocalDate.parse(date), "FR", recipient, new Transfer.Item(list, entry, null),
				new Transfer.EndUser("End user", recipient, null, null), new Transfer.EndUse(use, null, null));
	}
}

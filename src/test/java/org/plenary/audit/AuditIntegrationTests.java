package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** The chain in a real database: appended with the change, verified, tampered with, exported. */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.isolated-database=audit_tamper")
class AuditIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JsonMapper json;

	@Test
	void anEditedRowIsFoundAtThatEntryAndTheExportVerifiesOffline() throws Exception {
		long base = tx.execute(s -> {
			long seq = 0;
			for (int i = 0; i < 20; i++) {
				seq = audit.append("chair", "test.appended", "test/" + i, java.util.Map.of("i", i)).seq();
			}
			return seq - 19;
		});
		assertThat(audit.verify().valid()).isTrue();

		StringWriter export = new StringWriter();
		long exported = audit.export(export);
		assertThat(ExportedChain.verify(new BufferedReader(new StringReader(export.toString())), json))
				.isEqualTo(new Verification(true, exported, null));

		long target = base + 7;
		jdbc.sql("update audit_entry set payload = '{\"i\":700}' where seq = ?").param(target).update();
		Verification v = audit.verify();
		assertThat(v.valid()).isFalse();
		assertThat(v.firstBroken().seq()).isEqualTo(target);
		assertThat(v.events()).isEqualTo(target - 1);

		String tampered = export.toString().replace("\\\"i\\\":7}", "\\\"i\\\":700}");
		assertThat(ExportedChain.verify(new BufferedReader(new StringReader(tampered)), json).firstBroken().seq())
				.isEqualTo(target);
	}

	@Test
	void appendingOutsideATransactionIsRefused() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.append("x", "y", "z", "{}"))
				.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}
}

package org.shouwang.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit API and admin page, called as a user holding audit:read and audit:verify. */
@ShouwangTest
class AuditWebTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	MockMvc mvc;

	@BeforeEach
	void signIn() {
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("auditor", null, "audit:read", "audit:verify"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void verifyAnswersExactlyTheContract() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(true))
			.andExpect(jsonPath("$.entries").isNumber())
			.andExpect(jsonPath("$.firstBadEntry").value(nullValue()))
			.andExpect(jsonPath("$.reason").value(nullValue()))
			.andExpect(jsonPath("$.length()").value(4));
	}

	@Test
	void exportingACheckpointAnswers201AndWritesLatestJson() throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/audit/checkpoints"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entries").isNumber())
			.andExpect(jsonPath("$.headHash").value(matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.createdAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
			.andReturn();
		Path latest = properties.checkpointDir().resolve("latest.json");
		assertThat(Files.readString(latest)).contains(
				"\"headHash\" : \"" + com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.headHash") + "\"");
		mvc.perform(get("/api/v1/audit/checkpoints/latest")).andExpect(status().isOk());
		// The export itself is audited, after the checkpoint.
		mvc.perform(get("/api/v1/audit/entries").param("action", "EXPORT").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].objectType").value("audit_checkpoint"))
			.andExpect(jsonPath("$.items[0].actor").value("auditor"));
		mvc.perform(get("/api/v1/audit/verify")).andExpect(jsonPath("$.ok").value(true));
	}

	@Test
	void entriesAreFilteredAndPagedNewestFirst() throws Exception {
		String type = "web-" + UUID.randomUUID();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		for (int i = 1; i <= 3; i++) {
			int n = i;
			tx.executeWithoutResult(s -> trail.record(AuditAction.UPDATE, type, n, AuditOutcome.SUCCESS));
		}
		tx.executeWithoutResult(s -> trail.record(AuditAction.ACCESS_DENIED, type, 9, AuditOutcome.DENIED));

		mvc.perform(get("/api/v1/audit/entries").param("objectType", type).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].objectId").value("9"))
			.andExpect(jsonPath("$.items[1].objectId").value("3"));
		mvc.perform(get("/api/v1/audit/entries").param("objectType", type).param("outcome", "DENIED"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].action").value("ACCESS_DENIED"));
		mvc.perform(get("/api/v1/audit/entries").param("outcome", "MAYBE")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/audit/entries").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/audit/entries").param("from", "2025-07-14T08:30:00+08:00")
			.param("to", "2025-07-14T08:00:00+08:00")).andExpect(status().isBadRequest());
	}

	@Test
	void theAdminPageListsFiltersVerifiesAndExports() throws Exception {
		String type = "page-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(s -> trail.record(AuditAction.READ_UNMASKED, type, 7,
				AuditOutcome.SUCCESS));

		String page = mvc.perform(get("/admin/audit").param("objectType", type).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("审计日志", "查看未脱敏数据", type, "auditor", "立即校验", "导出检查点", "hx-get=\"/admin/audit/verify\"");

		mvc.perform(get("/admin/audit").param("objectType", "nothing-" + type).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("没有符合条件的审计记录")));

		mvc.perform(get("/admin/audit/verify").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("校验通过")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));

		mvc.perform(post("/admin/audit/checkpoints"))
			.andExpect(redirectedUrl("/admin/audit"))
			.andExpect(flash().attributeExists("exported"));
	}

	@Test
	void theButtonsNeedAuditVerify() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("reader", null, "audit:read"));
		String page = mvc.perform(get("/admin/audit").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("审计日志").doesNotContain("导出检查点");
	}
}

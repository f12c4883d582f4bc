package org.shouwang.video;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The video pages render in Chinese (and English), filter, import with an error report and record checks. */
@ShouwangTest
@ExtendWith(AsSystem.class)
class VideoPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	VideoPatrols patrols;

	@Autowired
	Cameras cameras;

	/** The branch-wide dispatcher's browser session (camera:read), made on first use. */
	private SignIn.Browser reader;

	/** The administrator's browser session (camera:write), made on first use. */
	private SignIn.Browser writer;

	private SignIn.Browser reader() {
		if (reader == null) {
			reader = SignIn.browser(port, VideoHttp.READER);
		}
		return reader;
	}

	private SignIn.Browser writer() {
		if (writer == null) {
			writer = SignIn.browser(port, VideoHttp.WRITER);
		}
		return writer;
	}

	@Test
	void cameraRegistryPageListsTheDemoNetworkWithFiltersAndPaging() throws Exception {
		HttpResponse<String> page = reader().get("/command/video");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("视频资源与视频巡逻", "雪亮工程", "下一页", "演示数据").containsPattern("第 1 / 2\\d 页");
		HttpResponse<String> filtered = reader().get("/command/video?status=OFFLINE&stationCode=WB01");
		assertThat(filtered.statusCode()).isEqualTo(200);
		assertThat(filtered.body()).contains("离线", "第 1 / 1 页").doesNotContain(">在线</span>");
		HttpResponse<String> bySource = reader().get("/command/video?source=XUELIANG");
		assertThat(bySource.body()).as("the pager keeps the filters").contains("/command/video?source=XUELIANG&amp;page=1");
		HttpResponse<String> none = reader().get("/command/video?q=" + URLEncoder.encode("没有这样的摄像机", StandardCharsets.UTF_8));
		assertThat(none.body()).contains("没有符合条件的摄像机");
		HttpResponse<String> english = reader().get("/command/video?lang=en");
		assertThat(english.body()).contains("Video resources and video patrols", "Xueliang project");
	}

	@Test
	void importPageReportsEveryBadRowAndImportsGoodFiles() throws Exception {
		assertThat(writer().get("/command/video/import").body()).contains("批量导入摄像机", "code,name,source,lat,lng,direction,status,owner");
		String bad = "code,name,source,lat,lng,direction,status,owner\nX-1,,XUELIANG,95,113.8,,,\n";
		HttpResponse<String> rejected = VideoHttp.postFile(writer(), port, "/command/video/import", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.body()).contains("2 处错误", "must not be blank", "must be between -90 and 90");
		String code = VideoHttp.code("T-UI");
		String good = "code,name,source,lat,lng,direction,status,owner\n" + code + ",页面导入,SOCIAL,35.3,113.85,,,\n";
		HttpResponse<String> imported = VideoHttp.postFile(writer(), port, "/command/video/import", "good.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(imported.body()).contains("导入完成：共 1 行，新增 1 台");
		assertThat(cameras.find(code)).isPresent();
	}

	@Test
	void queuePageShowsDueChecksAndRecordsThem() throws Exception {
		String camera = VideoHttp.code("T-UIQ");
		cameras.create(new CameraInput(camera, "页面巡查测试", CameraSource.XUELIANG, 35.30, 113.85, null, null, null, null, true));
		PatrolPlan plan = patrols.createPlan(new PatrolPlanInput(VideoHttp.code("页面计划"), 30, false, java.util.List.of(), "WB05",
				java.util.List.of(camera), true));
		try {
			HttpResponse<String> page = writer().get("/command/video/queue");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("视频巡查队列", "页面巡查测试", "待巡查");
			HttpResponse<String> noNote = writer().post("/command/video/queue/check",
					Map.of("cameraCode", camera, "planId", Long.toString(plan.id()), "result", "ABNORMAL", "note", ""));
			assertThat(noNote.statusCode()).isEqualTo(302);
			HttpResponse<String> recorded = writer().post("/command/video/queue/check",
					Map.of("cameraCode", camera, "planId", Long.toString(plan.id()), "result", "NORMAL", "note", ""));
			assertThat(recorded.statusCode()).isEqualTo(302);
			assertThat(patrols.checks(camera, null, 0, 10).total()).isEqualTo(1);
			assertThat(patrols.checks(camera, null, 0, 10).items().get(0).result()).isEqualTo(CheckResult.NORMAL);
			assertThat(writer().get("/command/video/queue").body()).doesNotContain("<div>页面巡查测试</div>");
		}
		finally {
			patrols.updatePlan(plan.id(), new PatrolPlanInput(plan.name(), 30, false, java.util.List.of(), "WB05",
					java.util.List.of(camera), false));
		}
	}

	@Test
	void aReaderSeesTheQueueWithoutTheActionsOnlyTheAdministratorMayTake() throws Exception {
		String camera = VideoHttp.code("T-UIR");
		cameras.create(new CameraInput(camera, "只读巡查测试", CameraSource.XUELIANG, 35.30, 113.85, null, null, null, null, true));
		PatrolPlan plan = patrols.createPlan(new PatrolPlanInput(VideoHttp.code("只读计划"), 30, false, java.util.List.of(), "WB05",
				java.util.List.of(camera), true));
		try {
			// The dispatcher holds camera:read, not camera:write: no check form to submit, no import to open.
			HttpResponse<String> queue = reader().get("/command/video/queue");
			assertThat(queue.statusCode()).isEqualTo(200);
			assertThat(queue.body()).contains("只读巡查测试", "待巡查")
				.doesNotContain("video-check-form", "/command/video/queue/check", "href=\"/command/video/import\"");
			assertThat(reader().get("/command/video").body()).doesNotContain("href=\"/command/video/import\"");
			assertThat(reader().get("/command/video/import").statusCode()).isEqualTo(403);
			assertThat(reader().post("/command/video/queue/check", Map.of("cameraCode", camera, "result", "NORMAL")).statusCode())
				.isEqualTo(403);
			assertThat(patrols.checks(camera, null, 0, 10).total()).isZero();

			HttpResponse<String> admin = writer().get("/command/video/queue");
			assertThat(admin.body()).contains("video-check-form", "/command/video/queue/check", "href=\"/command/video/import\"");
		}
		finally {
			patrols.updatePlan(plan.id(), new PatrolPlanInput(plan.name(), 30, false, java.util.List.of(), "WB05",
					java.util.List.of(camera), false));
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheSignedIntakeAndTheRefusedEvents() throws Exception {
		HttpResponse<String> docs = reader().get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/video/alerts/{sourceCode}", "X-Signature", "no face recognition",
				"/api/v1/cameras/near", "/api/v1/video/queue");
	}

	@Test
	void alertsPageSaysWhatToDoAndNamesTheRefusedEvents() throws Exception {
		HttpResponse<String> page = reader().get("/command/video/alerts");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("视频智能分析告警", "不做人脸识别", "WB-AI-01", "hx-get=\"/command/video/alerts\"");
	}
}

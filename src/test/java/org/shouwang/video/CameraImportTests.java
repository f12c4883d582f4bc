package org.shouwang.video;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV import of cameras: a good file creates and updates by code; a bad file reports every error and imports nothing. */
@ShouwangTest
@ExtendWith(AsSystem.class)
class CameraImportTests {

	static final String HEADER = "code,name,source,lat,lng,direction,status,owner\n";

	@LocalServerPort
	int port;

	@Autowired
	Cameras cameras;

	VideoHttp api;

	@BeforeEach
	void client() {
		api = VideoHttp.as(port, VideoHttp.WRITER);
	}

	@Test
	void goodFileCreatesAndUpdatesByCode() throws Exception {
		String a = VideoHttp.code("T-CSV");
		String b = VideoHttp.code("T-CSV");
		String first = HEADER + a + ",平原路口,XUELIANG,35.3021,113.8526,90,ONLINE,雪亮办\n"
				+ b + ",\"胜利路, 北口\",公安自建,35.3150,113.8460,,,\n";
		HttpResponse<String> response = api.postFile("/api/v1/cameras/import", "cameras.csv", first.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(api.json(response).get("created").asInt()).isEqualTo(2);
		Camera cameraB = cameras.get(b);
		assertThat(cameraB.name()).isEqualTo("胜利路, 北口");
		assertThat(cameraB.source()).isEqualTo(CameraSource.PUBLIC_SECURITY);
		assertThat(cameraB.status()).isEqualTo(CameraStatus.ONLINE);
		assertThat(cameraB.direction()).isNull();
		assertThat(cameraB.stationCode()).isNotNull();

		// Column order is free, a BOM is fine, the second import updates a and leaves b unchanged.
		String second = "\uFEFFname,code,lat,lng,source,status,direction,owner\n"
				+ "平原路口(改),"+ a + ",35.3021,113.8526,社会接入,OFFLINE,180,商户\n"
				+ "\"胜利路, 北口\"," + b + ",35.3150,113.8460,PUBLIC_SECURITY,ONLINE,,\n";
		HttpResponse<String> again = api.postFile("/api/v1/cameras/import", "cameras.csv", second.getBytes(StandardCharsets.UTF_8));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		JsonNode result = api.json(again);
		assertThat(result.get("rows").asInt()).isEqualTo(2);
		assertThat(result.get("created").asInt()).isZero();
		assertThat(result.get("updated").asInt()).isEqualTo(1);
		Camera cameraA = cameras.get(a);
		assertThat(cameraA.name()).isEqualTo("平原路口(改)");
		assertThat(cameraA.source()).isEqualTo(CameraSource.SOCIAL);
		assertThat(cameraA.status()).isEqualTo(CameraStatus.OFFLINE);
		assertThat(cameraA.direction()).isEqualTo(180);
	}

	@Test
	void gb18030FilesFromChineseExcelAreRead() throws Exception {
		String a = VideoHttp.code("T-GBK");
		String file = HEADER + a + ",健康路与华兰大道交叉口,雪亮工程,35.318,113.878,45,在线,卫滨区雪亮办\n";
		HttpResponse<String> response = api.postFile("/api/v1/cameras/import", "cameras.csv", file.getBytes(Charset.forName("GB18030")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(cameras.get(a).name()).isEqualTo("健康路与华兰大道交叉口");
	}

	@Test
	void badFileReportsEveryErrorWithRowAndColumnAndImportsNothing() throws Exception {
		String good = VideoHttp.code("T-OK");
		String dup = VideoHttp.code("T-DUP");
		String file = HEADER
				+ good + ",好的一行,XUELIANG,35.30,113.85,10,ONLINE,x\n"                // row 2: fine
				+ dup + ",坐标错误,XUELIANG,95,abc,10,ONLINE,x\n"                       // row 3: lat, lng
				+ dup + ",,卫星,35.30,113.85,400,BROKEN,x\n"                            // row 4: code, name, source, direction, status
				+ "bad code!,朝向错误,SOCIAL,35.30,113.85,ninety,,x\n";                  // row 5: code, direction
		HttpResponse<String> response = api.postFile("/api/v1/cameras/import", "cameras.csv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = api.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		List<String> errors = StreamSupport.stream(problem.get("errors").spliterator(), false)
			.map(e -> e.get("row").asInt() + ":" + e.get("column").asString())
			.toList();
		assertThat(errors).containsExactly("3:lat", "3:lng", "4:code", "4:name", "4:source", "4:direction", "4:status",
				"5:code", "5:direction");
		problem.get("errors").forEach(e -> {
			assertThat(e.get("field").asString()).isEqualTo("rows[" + e.get("row").asInt() + "]." + e.get("column").asString());
			assertThat(e.get("message").asString()).isNotBlank();
		});
		assertThat(cameras.find(good)).isEmpty();
		assertThat(cameras.find(dup)).isEmpty();
	}

	@Test
	void aMissingColumnOrAnEmptyFileIsRefused() throws Exception {
		HttpResponse<String> noColumn = api.postFile("/api/v1/cameras/import", "cameras.csv",
				"code,name,lat,lng\nX1,a,35.3,113.8\n".getBytes(StandardCharsets.UTF_8));
		assertThat(noColumn.statusCode()).isEqualTo(400);
		List<String> missing = StreamSupport.stream(api.json(noColumn).get("errors").spliterator(), false)
			.map(e -> e.get("column").asString())
			.toList();
		assertThat(missing).containsExactlyInAnyOrder("source", "direction", "status", "owner");

		HttpResponse<String> empty = api.postFile("/api/v1/cameras/import", "cameras.csv", HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(empty.statusCode()).isEqualTo(400);

		HttpResponse<String> broken = api.postFile("/api/v1/cameras/import", "cameras.csv",
				(HEADER + "X2,\"unterminated,XUELIANG,35.3,113.8,,,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(broken.statusCode()).isEqualTo(400);
	}
}

package org.shouwang.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Point;
import org.shouwang.enterprise.Enterprise;
import org.shouwang.enterprise.EnterpriseInputs;
import org.shouwang.enterprise.EnterpriseIssue;
import org.shouwang.enterprise.Enterprises;
import org.shouwang.enterprise.Liaison;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.security.SystemActor;

import org.springframework.stereotype.Component;

/**
 * The branch's 警企 liaison of 2024–2025 through the enterprise module: twelve key enterprises, major projects and
 * industrial zones, each with its assigned leader, quarterly meetings or visits, and the issues raised there —
 * most closed after follow-up, a few still open.
 */
@Component
class EnterpriseDemo implements DemoStep {

	record Site(String name, Enterprise.Kind kind, String station, String leader, String title, boolean post) {
	}

	static final List<Site> SITES = List.of(
			new Site("卫滨区产业集聚区", Enterprise.Kind.INDUSTRIAL_ZONE, "WB07", "王建国", "副局长", true),
			new Site("新乡市化纤股份有限公司", Enterprise.Kind.KEY_ENTERPRISE, "WB06", "李志强", "副局长", false),
			new Site("豫北物流园", Enterprise.Kind.INDUSTRIAL_ZONE, "WB05", "张卫东", "政委", true),
			new Site("卫河生态治理工程", Enterprise.Kind.MAJOR_PROJECT, "WB01", "赵红军", "副局长", true),
			new Site("平原路商业综合体项目", Enterprise.Kind.MAJOR_PROJECT, "WB01", "王建国", "副局长", true),
			new Site("胜利路智慧商圈", Enterprise.Kind.KEY_ENTERPRISE, "WB02", "刘海涛", "副政委", false),
			new Site("健康路医药产业园", Enterprise.Kind.INDUSTRIAL_ZONE, "WB03", "张卫东", "政委", false),
			new Site("新乡电池科技有限公司", Enterprise.Kind.KEY_ENTERPRISE, "WB04", "李志强", "副局长", false),
			new Site("城市轨道交通站点建设", Enterprise.Kind.MAJOR_PROJECT, "WB05", "赵红军", "副局长", true),
			new Site("中同街老旧小区改造", Enterprise.Kind.MAJOR_PROJECT, "WB04", "刘海涛", "副政委", false),
			new Site("铁西农副产品批发市场", Enterprise.Kind.KEY_ENTERPRISE, "WB06", "王建国", "副局长", false),
			new Site("平原镇食品加工园", Enterprise.Kind.INDUSTRIAL_ZONE, "WB07", "张卫东", "政委", false));

	static final String[] ISSUES = { "夜间周边道路照明不足，员工下班出行不安全", "施工材料屡次被盗，请求加强巡逻", "厂区周边货车乱停影响通行",
			"员工遭遇刷单诈骗，请求开展反诈宣讲", "项目工地劳资纠纷隐患", "园区出入口监控存在盲区" };

	private final Enterprises enterprises;

	private final Grids grids;

	EnterpriseDemo(Enterprises enterprises, Grids grids) {
		this.enterprises = enterprises;
		this.grids = grids;
	}

	@Override
	public int order() {
		return 510;
	}

	@Override
	public String name() {
		return "enterprise";
	}

	@Override
	public void load(DemoContext context) {
		SplittableRandom random = context.random("liaison");
		int[] counts = new int[3];
		SystemActor.run(SystemActor.DEMO, () -> {
			for (Site site : SITES) {
				List<Grid> of = grids.ofStation(site.station());
				Point p = of.isEmpty() ? null : of.get(random.nextInt(of.size())).geometry().getInteriorPoint();
				Enterprise e = enterprises.register(new EnterpriseInputs.EnterpriseInput(site.name(), site.kind(), null,
						p == null ? null : Math.round(p.getY() * 1e6) / 1e6, p == null ? null : Math.round(p.getX() * 1e6) / 1e6,
						site.station(), site.leader(), site.title(), site.post()));
				for (int year = 2024; year <= 2025; year++) {
					for (int quarter = 0; quarter < 4; quarter++) {
						LocalDate on = LocalDate.of(year, 1 + quarter * 3 + random.nextInt(3), 1 + random.nextInt(28));
						Liaison l = enterprises.recordLiaison(e.id(), new EnterpriseInputs.LiaisonInput(
								quarter % 2 == 0 ? Liaison.Kind.MEETING : Liaison.Kind.VISIT, on,
								quarter % 2 == 0 ? "警企座谈，通报辖区治安形势，听取企业意见" : "走访企业，检查内部安全防范"));
						counts[0]++;
						if (random.nextInt(100) < 40) {
							EnterpriseIssue issue = enterprises.raiseIssue(e.id(), new EnterpriseInputs.IssueInput(l.id(), on,
									ISSUES[random.nextInt(ISSUES.length)]));
							counts[1]++;
							boolean stillOpen = year == 2025 && quarter == 3 && random.nextBoolean();
							if (!stillOpen) {
								enterprises.followUp(issue.id(), new EnterpriseInputs.FollowUpInput(on.plusDays(3),
										"责任民警对接，制定整改措施"));
								enterprises.close(issue.id(), new EnterpriseInputs.CloseInput(on.plusDays(10 + random.nextInt(30)),
										"已落实，企业反馈满意"));
								counts[2]++;
							}
						}
					}
				}
			}
		});
		context.progress("{} enterprises, {} liaisons, {} issues ({} closed)", SITES.size(), counts[0], counts[1], counts[2]);
	}
}

import type { PipelineStage, TargetBoard } from "@chanrong/domain";
import type { Database } from "../db/client";
import { listAllEnterprises } from "../modules/enterprises/enterprises.service";
import { addEntry, editDetails, moveStage } from "../modules/listing-pipeline/listing-pipeline.service";
import { actorOfUser } from "../platform/actor";
import { asOf } from "../platform/clock";

/** A cultivated enterprise's path: the stages it reached, each on its day, and the board it aims at. */
interface Path {
  board: TargetBoard;
  steps: [PipelineStage, string][];
  sponsor?: string;
  ipoAgreementOn?: string;
}

const EVIDENCE: Record<PipelineStage, string> = {
  RESERVE: "纳入市级上市培育企业名单",
  SHAREHOLDING_REFORM: "股份有限公司营业执照",
  TUTORING: "证监局辅导备案登记",
  FILED: "交易所受理通知",
  APPROVED: "上市委审议通过公告",
  LISTED: "上市公告书",
};

/** The shape of a real pool: many in reserve, fewer at each later stage, a few listed or quoted. */
function pathsOf(city: "十堰" | "重庆", size: number): Path[] {
  const sponsor = city === "重庆" ? "西南证券股份有限公司" : "长江证券承销保荐有限公司";
  const template: Path[] = [
    {
      board: "MAIN_BOARD",
      steps: [
        ["RESERVE", "2025-03-10"],
        ["SHAREHOLDING_REFORM", "2025-08-20"],
        ["TUTORING", "2025-12-05"],
        ["FILED", "2026-06-18"],
        ["APPROVED", "2026-10-28"],
        ["LISTED", "2026-11-25"],
      ],
      sponsor,
      ipoAgreementOn: "2025-07-01",
    },
    {
      board: "STAR",
      steps: [
        ["RESERVE", "2025-03-10"],
        ["SHAREHOLDING_REFORM", "2025-06-30"],
        ["TUTORING", "2025-11-12"],
        ["FILED", "2026-07-30"],
      ],
      sponsor,
      ipoAgreementOn: "2025-06-15",
    },
    {
      board: "BSE",
      steps: [
        ["RESERVE", "2025-05-06"],
        ["SHAREHOLDING_REFORM", "2025-10-15"],
        ["TUTORING", "2026-04-08"],
      ],
      sponsor,
      ipoAgreementOn: "2026-03-20",
    },
    {
      board: "CHINEXT",
      steps: [
        ["RESERVE", "2025-05-06"],
        ["SHAREHOLDING_REFORM", "2026-02-26"],
      ],
      sponsor,
      ipoAgreementOn: "2026-05-12",
    },
    {
      board: "NEEQ",
      steps: [
        ["RESERVE", "2025-04-01"],
        ["SHAREHOLDING_REFORM", "2025-09-09"],
        ["LISTED", "2026-03-16"],
      ],
    },
    {
      board: "REGIONAL",
      steps: [
        ["RESERVE", "2025-09-01"],
        ["SHAREHOLDING_REFORM", "2026-01-20"],
      ],
    },
    { board: "BSE", steps: [["RESERVE", "2026-03-02"]] },
    { board: "BSE", steps: [["RESERVE", "2026-03-02"]] },
    { board: "STAR", steps: [["RESERVE", "2026-05-18"]] },
    { board: "MAIN_BOARD", steps: [["RESERVE", "2026-08-03"]] },
  ];
  return Array.from({ length: size }, (_, index) => template[index % template.length] as Path);
}

/**
 * The enterprise whose users sign in to each city's demo, and its own path. 重庆渝江精密机械 has finished
 * its shareholding reform and signed with its sponsor: the first listing-reward stage is reached, and the
 * bureau's next step (辅导备案) offers it the next. 十堰精工 has filed for tutoring: its 辅导备案 reward is
 * on offer while the first stage is in review.
 */
const SIGNED_IN: Record<"十堰" | "重庆", { name: string; path: Path }> = {
  重庆: {
    name: "重庆渝江精密机械有限公司",
    path: {
      board: "STAR",
      steps: [
        ["RESERVE", "2026-03-02"],
        ["SHAREHOLDING_REFORM", "2026-06-30"],
      ],
      sponsor: "西南证券股份有限公司",
      ipoAgreementOn: "2026-07-15",
    },
  },
  十堰: {
    name: "十堰精工汽车零部件有限公司",
    path: {
      board: "STAR",
      steps: [
        ["RESERVE", "2025-09-01"],
        ["SHAREHOLDING_REFORM", "2026-03-18"],
        ["TUTORING", "2026-09-10"],
      ],
      sponsor: "长江证券承销保荐有限公司",
      ipoAgreementOn: "2026-02-10",
    },
  },
};

/** Each bureau's pool built through the service, so every entry has its history of stages. */
export async function seedListingPipelineDemo(db: Database): Promise<void> {
  for (const [city, bureau, size] of [
    ["重庆", "cqjxw", 30],
    ["十堰", "jxj", 10],
  ] as const) {
    const actor = await actorOfUser(db, `${bureau}.operator`);
    const signedIn = SIGNED_IN[city];
    const all = await listAllEnterprises(db, actor, {});
    const paths = pathsOf(city, Math.min(size, all.length));
    // The pool's last place goes to the signed-in enterprise when the first ones do not include it.
    const enterprises = all.slice(0, paths.length);
    const own = all.find((enterprise) => enterprise.name === signedIn.name);
    if (own && !enterprises.includes(own)) enterprises.splice(paths.length - 1, 1, own);
    for (const [index, template] of paths.entries()) {
      const enterprise = enterprises[index];
      const path = enterprise?.name === signedIn.name ? signedIn.path : template;
      const [first, ...later] = path.steps;
      if (!enterprise || !first) continue;
      let entry = await asOf(first[1], () =>
        addEntry(
          db,
          actor,
          {
            enterpriseId: enterprise.id,
            stage: first[0],
            stageReachedOn: first[1],
            board: path.board,
            sponsor: path.sponsor ?? null,
            lawFirm: null,
            auditor: null,
            ipoAgreementOn: null,
            note: null,
          },
          null,
        ),
      );
      for (const [stage, on] of later) {
        entry = await asOf(on, () =>
          moveStage(
            db,
            actor,
            entry.id,
            { stage, reachedOn: on, evidence: EVIDENCE[stage], version: entry.version },
            null,
          ),
        );
      }
      const { ipoAgreementOn } = path;
      if (ipoAgreementOn) {
        // Recorded once signed and after the stages so far: the bureau learns of it from the sponsor.
        const { board, sponsor, lawFirm, auditor, note, version, stageReachedOn } = entry;
        await asOf(ipoAgreementOn > stageReachedOn ? ipoAgreementOn : stageReachedOn, () =>
          editDetails(
            db,
            actor,
            entry.id,
            { board, sponsor, lawFirm, auditor, note, ipoAgreementOn, version },
            null,
          ),
        );
      }
    }
  }
}

import { SCORECARD_CRITERION_TERMS } from "@chanrong/domain";
import { tablesWorkbook } from "../../../platform/spreadsheets";
import type { getScorecard } from "./scorecard.service";

type Scorecard = Awaited<ReturnType<typeof getScorecard>>;

/** The ranking with every criterion's figure and score, and the slowest banks named. */
export function scorecardWorkbook({ month, cards, slowest, config }: Scorecard): Promise<Buffer> {
  const criteria = config.criteria.map((entry) => entry.criterion);
  return tablesWorkbook([
    {
      name: `银行考核 ${month}`,
      columns: [
        { key: "rank", header: "排名", width: 6 },
        { key: "bank", header: "银行", width: 28 },
        { key: "total", header: "总分", width: 10 },
        ...criteria.map((criterion) => ({
          key: criterion,
          header: `${SCORECARD_CRITERION_TERMS[criterion].zh}(得分/数值)`,
          width: 22,
        })),
        { key: "working", header: "总分计算", width: 60 },
      ],
      rows: cards.map((card) => ({
        rank: card.rank === null ? "" : String(card.rank),
        bank: card.bankName,
        total: card.total ?? "",
        ...Object.fromEntries(
          card.scores.map((score) => [
            score.criterion,
            score.score === null ? "—" : `${score.score} / ${score.value}`,
          ]),
        ),
        working: card.totalWorking.zh,
      })),
    },
    {
      name: "最慢银行",
      columns: [
        { key: "criterion", header: "指标", width: 24 },
        { key: "bank", header: "银行", width: 28 },
        { key: "value", header: "数值", width: 12 },
      ],
      rows: slowest.flatMap((entry) =>
        entry.banks.map((bank) => ({
          criterion: SCORECARD_CRITERION_TERMS[entry.criterion].zh,
          bank: bank.bankName,
          value: bank.value ?? "",
        })),
      ),
    },
  ]);
}

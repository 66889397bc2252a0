// A small pool shaped like the NIDS commentary content, built by each test run (no content file needed).
import { entityRecord, factRecord, termRecord } from "@/app/_schemas/interchange";
import type { EntityRecord, FactRecord, TermRecord } from "@/app/_schemas/interchange";
import type { QuizConfig, QuizPool } from "@/app/_domain/quiz/types";

const SOURCE = { sourceKey: "nids-289", deckKey: "admm-plus", passage: "原文の一節。", locatorJa: "第1段落", locatorEn: "paragraph 1" };

type E = [key: string, type: EntityRecord["type"], nameJa: string, nameEn: string, aliasesJa?: string[], aliasesEn?: string[]];
const ENTITY_ROWS: E[] = [
  ["jp", "country", "日本", "Japan", ["日"]],
  ["us", "country", "アメリカ合衆国", "United States", ["米国", "米"], ["US", "USA"]],
  ["cn", "country", "中国", "China", ["中"]],
  ["sg", "country", "シンガポール", "Singapore"],
  ["la", "country", "ラオス", "Laos", [], ["Lao PDR"]],
  ["vn", "country", "ベトナム", "Vietnam", [], ["Viet Nam"]],
  ["ph", "country", "フィリピン", "Philippines", [], ["the Philippines"]],
  ["id", "country", "インドネシア", "Indonesia"],
  ["tl", "country", "東ティモール", "Timor-Leste", ["ティモール・レステ"], ["East Timor"]],
  ["ewg-hadr", "working_group", "HA/DR専門家会合", "HA/DR EWG"],
  ["ewg-mm", "working_group", "防衛医学専門家会合", "Military Medicine EWG", ["軍事医学専門家会合"]],
  ["ewg-ms", "working_group", "海洋安全保障専門家会合", "Maritime Security EWG"],
  ["ewg-ct", "working_group", "対テロ専門家会合", "Counter-Terrorism EWG"],
  ["ewg-pko", "working_group", "PKO専門家会合", "Peacekeeping Operations EWG"],
  ["ewg-hma", "working_group", "地雷処理専門家会合", "Humanitarian Mine Action EWG"],
  ["ewg-cyber", "working_group", "サイバー専門家会合", "Cyber Security EWG"],
  ["jakarta", "place", "ジャカルタ", "Jakarta"],
  ["vientiane", "place", "ビエンチャン", "Vientiane"],
  ["hanoi", "place", "ハノイ", "Hanoi"],
  ["bangkok", "place", "バンコク", "Bangkok"],
  ["vv", "document", "ビエンチャンビジョン", "Vientiane Vision"],
  ["vv2", "document", "ビエンチャンビジョン2.0", "Vientiane Vision 2.0"],
];

export const entities: EntityRecord[] = ENTITY_ROWS.map(([key, type, nameJa, nameEn, aliasesJa = [], aliasesEn = []]) =>
  entityRecord.parse({ key, type, nameJa, nameEn, aliasesJa, aliasesEn }),
);

export const fact = (f: Record<string, unknown>): FactRecord =>
  factRecord.parse({ ...SOURCE, questionJa: `${f.key}の問い`, questionEn: `Question about ${f.key}`, ...f });

const coChair = (order: number, labelJa: string, labelEn: string, country: string, ja: string, en: string, ewg: string) =>
  fact({
    key: `co-chair-${order}`, answerType: "entity", answerEntityKeys: [country], subjectEntityKeys: ["jp", ewg],
    statementJa: `${labelJa}に日本は${ja}と共同議長を務めた。`, answerTextJa: ja,
    statementEn: `In the ${labelEn}, Japan co-chaired an EWG with ${en}.`, answerTextEn: en,
    series: { key: "japan-co-chair", order, labelJa, labelEn },
  });

export const facts: FactRecord[] = [
  fact({
    key: "admm-plus-launched", answerType: "year", answerValue: "2010",
    statementJa: "ADMMプラスは2010年に発足した。", answerTextJa: "2010年",
    statementEn: "The ADMM-Plus was launched in 2010.", answerTextEn: "2010",
    event: { date: "2010", labelJa: "ADMMプラス発足", labelEn: "ADMM-Plus launched" },
    explanationJa: "ADMMの拡大版として発足。", explanationEn: "Launched as an expanded ADMM.", tags: ["history"],
  }),
  fact({
    key: "admm-founded", answerType: "year", answerValue: "2006",
    statementJa: "ADMMは2006年に設立された。", answerTextJa: "2006年",
    statementEn: "The ADMM was established in 2006.", answerTextEn: "2006",
    event: { date: "2006", labelJa: "ADMM設立", labelEn: "ADMM established" }, tags: ["history"],
  }),
  fact({
    key: "tenth-meeting-date", answerType: "date", answerValue: "2023-11-16",
    statementJa: "第10回ADMMプラスは2023年11月16日に開催された。", answerTextJa: "2023年11月16日",
    statementEn: "The 10th ADMM-Plus was held on 16 November 2023.", answerTextEn: "16 November 2023",
    event: { date: "2023-11-16", labelJa: "第10回ADMMプラス", labelEn: "10th ADMM-Plus" },
  }),
  fact({
    key: "tenth-meeting-place", answerType: "entity", answerEntityKeys: ["jakarta"],
    statementJa: "第10回ADMMプラスはジャカルタで開催された。", answerTextJa: "ジャカルタ",
    statementEn: "The 10th ADMM-Plus was held in Jakarta.", answerTextEn: "Jakarta",
  }),
  fact({
    key: "ewg-count", answerType: "number", answerValue: "7",
    statementJa: "EWGは計7つとなった。", answerTextJa: "7つ",
    statementEn: "The EWGs now number 7 in total.", answerTextEn: "7",
  }),
  fact({
    key: "plus-countries", answerType: "number", answerValue: "8",
    statementJa: "ADMMプラスには域外8カ国が参加する。", answerTextJa: "8カ国",
    statementEn: "The ADMM-Plus includes 8 non-ASEAN countries.", answerTextEn: "8",
  }),
  fact({
    key: "japan-asean-start", answerType: "year", answerValue: "2014",
    statementJa: "日ASEAN防衛担当大臣会合は2014年に始まった。", answerTextJa: "2014年",
    statementEn: "The Japan-ASEAN Defence Ministers' Meeting began in 2014.", answerTextEn: "2014",
    event: { date: "2014", labelJa: "日ASEAN防衛担当大臣会合開始", labelEn: "Japan-ASEAN ministers' meeting begins" },
  }),
  fact({
    key: "vientiane-vision", answerType: "entity", answerEntityKeys: ["vv"],
    statementJa: "2016年の第2回会合では「ビエンチャンビジョン」が発表された。", answerTextJa: "ビエンチャンビジョン",
    statementEn: "The Vientiane Vision was announced at the 2nd meeting in 2016.", answerTextEn: "Vientiane Vision",
    event: { date: "2016", labelJa: "ビエンチャンビジョン発表", labelEn: "Vientiane Vision announced" },
  }),
  fact({
    key: "myanmar-coup", answerType: "date", answerValue: "2021-02",
    statementJa: "ミャンマーでは2021年2月にクーデターが起きた。", answerTextJa: "2021年2月",
    statementEn: "A coup took place in Myanmar in February 2021.", answerTextEn: "February 2021",
    event: { date: "2021-02", labelJa: "ミャンマーのクーデター", labelEn: "Coup in Myanmar" },
  }),
  fact({
    key: "third-meeting-no-declaration", answerType: "text",
    statementJa: "2015年の第3回会合では共同宣言が出されなかった。", answerTextJa: "共同宣言が出されなかった",
    statementEn: "At the 3rd meeting in 2015 no joint declaration was issued.", answerTextEn: "no joint declaration was issued",
    acceptedEn: ["no joint declaration"],
  }),
  fact({
    key: "observer", answerType: "entity", answerEntityKeys: ["tl"],
    statementJa: "オブザーバーとして東ティモールの国防相が参加した。", answerTextJa: "東ティモール",
    statementEn: "The defence minister of Timor-Leste attended as an observer.", answerTextEn: "Timor-Leste",
  }),
  fact({
    key: "first-ewgs", answerType: "list", answerEntityKeys: ["ewg-hadr", "ewg-mm", "ewg-ms", "ewg-ct", "ewg-pko"],
    statementJa: "発足当初、HA/DR、軍事医学、海洋安全保障、対テロ、PKOのEWGが設置された。", answerTextJa: "HA/DR、軍事医学、海洋安全保障、対テロ、PKO",
    statementEn: "At the start, EWGs on HA/DR, military medicine, maritime security, counter-terrorism and PKO were set up.",
    answerTextEn: "HA/DR, military medicine, maritime security, counter-terrorism and PKO",
  }),
  coChair(1, "第1期", "1st cycle", "sg", "シンガポール", "Singapore", "ewg-mm"),
  coChair(2, "第2期", "2nd cycle", "la", "ラオス", "Laos", "ewg-hadr"),
  coChair(4, "第4期", "4th cycle", "vn", "ベトナム", "Vietnam", "ewg-pko"),
  coChair(5, "第5期", "5th cycle", "ph", "フィリピン", "the Philippines", "ewg-ms"),
  fact({
    key: "ewg-newest", answerType: "entity", answerEntityKeys: ["ewg-cyber"],
    statementJa: "その後、地雷処理とサイバー専門家会合が創設された。", answerTextJa: "サイバー専門家会合",
    statementEn: "Later the Humanitarian Mine Action and Cyber Security EWG were created.", answerTextEn: "Cyber Security EWG",
  }),
];

const term = (key: string, ja: string, readingJa: string, en: string, aliasesJa: string[], aliasesEn: string[], definitionJa: string, definitionEn: string): TermRecord =>
  termRecord.parse({ key, ja, readingJa, en, aliasesJa, aliasesEn, definitionJa, definitionEn, ...SOURCE });

export const terms: TermRecord[] = [
  term("admm-plus", "拡大ASEAN国防相会議", "かくだいあせあんこくぼうしょうかいぎ", "ADMM-Plus", ["ADMMプラス"], ["ASEAN Defence Ministers' Meeting-Plus"],
    "ADMMプラスはASEANと域外8カ国の国防相会議。", "The ADMM-Plus gathers ASEAN and 8 partner defence ministers."),
  term("ewg", "専門家会合", "せんもんかかいごう", "Experts' Working Group", [], ["EWG"],
    "専門家会合は分野別の協力の場。", "An EWG is a sector-specific forum for cooperation."),
  term("cbm", "信頼醸成", "しんらいじょうせい", "confidence building", [], ["confidence-building"],
    "相互の信頼を高める取り組み。", "Efforts to raise mutual trust."),
  term("capacity-building", "能力構築支援", "のうりょくこうちくしえん", "capacity building", [], ["capacity-building assistance"],
    "他国の能力向上を支援すること。", "Helping other countries improve their capabilities."),
  term("hadr", "人道支援・災害救援", "じんどうしえん・さいがいきゅうえん", "HA/DR", [], ["humanitarian assistance and disaster relief"],
    "災害時の救援活動。", "Relief operations after disasters."),
  term("wps", "女性・平和・安全保障", "じょせい・へいわ・あんぜんほしょう", "WPS", [], ["Women, Peace and Security"],
    "安全保障における女性の役割に関する議題。", "An agenda on the role of women in security."),
];

export const pool = (): QuizPool => ({ facts: [...facts], entities: [...entities], terms: [...terms] });

export const ALL_TYPES: QuizConfig["types"] = ["multiple_choice", "true_false", "cloze", "matching", "ordering", "term_translation"];
export const DIRECTIONS = ["ja-en", "en-ja", "ja-ja", "en-en"] as const;

export const config = (over: Partial<QuizConfig> = {}): QuizConfig => ({
  deckKeys: "all", tags: [], count: 12, types: ALL_TYPES, direction: "ja-en", seed: "seed-1", ...over,
});

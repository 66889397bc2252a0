// Old and variant forms of kanji (旧字体・異体字) folded to the form in common use, so a learner who types
// 宮沢 for a name the source writes 宮澤 (or 渡辺 for 渡邊, 高 for 髙) is not marked down. Only pairs that
// are one character in two shapes are listed, never two characters that merely look alike (斉 and 斎 are
// different characters, and so are 藤 and 籐).

const PAIRS =
  // Names: the variants people keep in their own names.
  "澤沢濵浜濱浜邊辺邉辺齋斎齊斉髙高﨑崎嵜崎嶋島嶌島峯峰冨富德徳槇槙櫻桜廣広國国眞真惠恵壽寿淺浅圓円" +
  "藏蔵龍竜瀧滝實実榮栄與与彌弥豐豊靜静來来萬万學学曾曽條条邨村桺柳" +
  // Common old forms (旧字体) of everyday kanji.
  "亞亜惡悪壓圧圍囲醫医爲為壹壱隱隠營営驛駅鹽塩應応歐欧毆殴假仮價価畫画會会繪絵擴拡覺覚樂楽" +
  "氣気歸帰舊旧據拠擧挙峽峡狹狭曉暁區区驅駆勳勲徑径經経莖茎鷄鶏藝芸缺欠縣県儉倹劍剣險険檢検" +
  "權権獻献顯顕驗験嚴厳效効號号黑黒濟済碎砕劑剤雜雑參参慘惨棧桟蠶蚕贊賛殘残絲糸齒歯兒児辭辞" +
  "濕湿舍舎寫写釋釈收収從従澁渋獸獣縱縦肅粛處処敍叙將将燒焼稱称證証乘乗剩剰壤壌孃嬢淨浄疊畳讓譲" +
  "釀醸觸触寢寝愼慎盡尽圖図粹粋醉酔隨随髓髄數数聲声竊窃專専戰戦踐践錢銭潛潜雙双壯壮爭争總総莊荘" +
  "騷騒屬属續続墮堕體体對対帶帯滯滞臺台擇択擔担膽胆單単團団彈弾斷断遲遅晝昼蟲虫鑄鋳廳庁聽聴" +
  "鎭鎮遞逓鐵鉄轉転點点傳伝黨党盜盗燈灯當当鬪闘獨独讀読屆届繩縄貳弐惱悩腦脳霸覇拜拝賣売麥麦" +
  "發発髮髪拔抜蠻蛮祕秘甁瓶拂払佛仏竝並變変辨弁瓣弁辯弁舖舗步歩寶宝沒没飜翻滿満默黙譯訳藥薬" +
  "豫予餘余搖揺樣様謠謡賴頼亂乱覽覧兩両獵猟綠緑壘塁勵励禮礼隸隷靈霊齡齢戀恋爐炉勞労樓楼錄録灣湾" +
  "衞衛圈圏卷巻關関歡歓觀観徵徴晉晋";

const FOLD = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) FOLD.set(PAIRS[i], PAIRS[i + 1]);
const VARIANT = new RegExp(`[${[...FOLD.keys()].join("")}]`, "gu");

/** Each old or variant kanji replaced by its common form: 宮澤 → 宮沢, 渡邊 → 渡辺. */
export function foldVariantKanji(text: string): string {
  return text.replace(VARIANT, (ch) => FOLD.get(ch) ?? ch);
}

export const VARIANT_KANJI_PAIRS: ReadonlyMap<string, string> = FOLD;

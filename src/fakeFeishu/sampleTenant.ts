// The deterministic sample tenant. Generated, not stored: it ships inside the extension, and an application
// with 10,000 interviews must cost nothing until somebody pages through it.

export interface SampleJob { id: string; title: string; code: string }
export interface SampleTalent { id: string; name: string }
export interface SampleStage { id: string; zh: string; en: string; type: number }
export interface SampleInterviewer { openId: string; unionId: string; userId: string; zh: string; en: string }

export interface SampleApplication {
  index: number;
  id: string;
  jobId: string;
  talentId: string;
  stage: SampleStage;
  activeStatus: 1 | 2;
  createTime: number;
  interviewCount: number;
  withoutScores: boolean;
}

export interface SampleRecord {
  id: string;
  interviewer: SampleInterviewer;
  content: string;
  minLevel: string;
  maxLevel: string;
  commitStatus: 1 | 2;
  conclusion: 1 | 2 | 3 | 4 | 5;
  score?: { id: string; level: number; zh_name: string; zh_description: string; en_name: string; en_description: string };
  submitTime?: number;
}

export interface SampleInterview {
  id: string;
  beginTime: number;
  endTime: number;
  round: number;
  stage: SampleStage;
  records: SampleRecord[];
}

/** mulberry32: small, fast, and the same numbers on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id19 = (base: bigint, n: number): string => (base + BigInt(n)).toString();
const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;

export const JOBS: readonly SampleJob[] = [
  { id: '7010000000000000001', title: '高级后端工程师', code: 'BE-2024-01' },
  { id: '7010000000000000002', title: 'Product Designer', code: 'PD-2024-02' },
  { id: '7010000000000000003', title: '数据分析师', code: 'DA-2024-03' },
  { id: '7010000000000000004', title: 'Frontend Engineer (React)', code: 'FE-2024-04' },
  { id: '7010000000000000005', title: '招聘专员', code: 'HR-2025-05' },
  { id: '7010000000000000006', title: 'Site Reliability Engineer', code: 'SRE-2025-06' },
];

const STAGES: readonly SampleStage[] = [
  { id: '7030000000000000001', zh: '简历初筛', en: 'Resume screening', type: 1 },
  { id: '7030000000000000002', zh: '技术面试', en: 'Technical interview', type: 3 },
  { id: '7030000000000000003', zh: '终面', en: 'Final interview', type: 3 },
  { id: '7030000000000000004', zh: 'HR 面试', en: 'HR interview', type: 3 },
  { id: '7030000000000000005', zh: 'Offer 沟通', en: 'Offer', type: 5 },
];

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '杰', '婷', '浩然', '子涵', '雨桐'];
const ENGLISH = ['Emma Wilson', 'Liam Chen', 'Olivia Martin', 'Noah Kim', 'Ava Tanaka', 'Lucas Müller', 'Sofia García', 'Ethan O\'Brien', 'Mia Rossi', 'Arjun Patel'];

const INTERVIEWERS: readonly SampleInterviewer[] = Array.from({ length: 12 }, (_, i) => {
  const zh = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`;
  const hex = (0xa1b2c3 + i * 7919).toString(16);
  return { openId: `ou_${hex}e7f0d2c4b6a8`, unionId: `on_${hex}9d8c7b6a5f4e`, userId: String(5_200_000 + i * 13), zh, en: i % 3 === 0 ? ENGLISH[i % ENGLISH.length]! : zh };
});

const SCORES = [
  { level: 1, zh_name: '1', zh_description: '不通过，能力与要求差距较大', en_name: 'one', en_description: 'Fail: well below the bar for this role' },
  { level: 2, zh_name: '2', zh_description: '待定，部分能力达到要求', en_name: 'two', en_description: 'On the fence: meets part of the bar' },
  { level: 3, zh_name: '3', zh_description: '通过, 能力达到要求, 建议录用', en_name: 'three', en_description: 'Pass, ability to meet the requirements, suggest to hire' },
  { level: 4, zh_name: '4', zh_description: '强烈推荐，能力明显超出要求', en_name: 'four', en_description: 'Strong hire: clearly above the bar' },
];

const NOTES = [
  '代码还行，只是不够聪明',
  '系统设计思路清晰，能主动讨论取舍；并发部分需要再深入。\n沟通顺畅，建议进入下一轮。',
  'Solid fundamentals. Walked through the cache design, handled follow-ups on eviction well.\nWeak on SQL window functions.',
  '项目经历与岗位匹配度高。对 Kubernetes 的理解停留在使用层面。',
  'Great portfolio review 🎨 — strong on interaction design, less on research methods.',
  '候选人迟到 20 分钟，面试时间不足，结论仅供参考。',
  'Asked about trade-offs between REST and gRPC: thoughtful answer, cited real incidents.\n\n- strengths: ownership, clarity\n- risks: limited team-lead experience',
];

/** Strings that must come out inert wherever the extension shows them. */
const HOSTILE = [
  '<img src=x onerror=alert(1)> 面试表现良好',
  '</script><script>alert("xss")</script>',
  '**bold?** [link](command:workbench.action.quit) `code` $(alert) {0} %s \u202Eevil',
  'Line one\r\nLine two\ttabbed\u0000nul? — and a very long word: ' + 'x'.repeat(300),
];

const LONG_PREFIX = '长文本 Long text (10,000 characters): ';
const LONG_TEXT = LONG_PREFIX + NOTES.join('\n').repeat(40).slice(0, 10_000 - LONG_PREFIX.length);

export interface SampleWellKnown {
  appWith0Interviews: string;
  appWith1: string;
  appWith7: string;
  appWith49: string;
  appWith50: string;
  appWith51: string;
  appWith120: string;
  appWith10000: string;
  appWithoutScores: string;
  appWithHostileText: string;
  unknownApplicationId: string;
}

const APP_BASE = 6949805467799530000n;
const APPLICATION_COUNT = 300;
/** Index → interview count for the applications tests and the benchmark name. */
const SPECIAL_COUNTS: ReadonlyMap<number, number> = new Map([[0, 120], [1, 0], [2, 1], [3, 7], [4, 49], [5, 50], [6, 51], [7, 10_000], [8, 3]]);

export const SAMPLE: SampleWellKnown = {
  appWith120: id19(APP_BASE, 0),
  appWith0Interviews: id19(APP_BASE, 1),
  appWith1: id19(APP_BASE, 2),
  appWith7: id19(APP_BASE, 3),
  appWithHostileText: id19(APP_BASE, 3),
  appWith49: id19(APP_BASE, 4),
  appWith50: id19(APP_BASE, 5),
  appWith51: id19(APP_BASE, 6),
  appWith10000: id19(APP_BASE, 7),
  appWithoutScores: id19(APP_BASE, 8),
  unknownApplicationId: id19(APP_BASE, 999_999),
};

export class SampleTenant {
  readonly applications: readonly SampleApplication[];
  readonly talents: ReadonlyMap<string, SampleTalent>;
  readonly jobs: ReadonlyMap<string, SampleJob>;
  private readonly byId: ReadonlyMap<string, SampleApplication>;

  constructor() {
    const r = rng(20_240_601);
    const talents = new Map<string, SampleTalent>();
    const apps: SampleApplication[] = [];
    for (let i = 0; i < APPLICATION_COUNT; i++) {
      const talentId = id19(7020000000000000000n, i);
      const name = r() < 0.7 ? `${pick(SURNAMES, r())}${pick(GIVEN, r())}` : pick(ENGLISH, r());
      talents.set(talentId, { id: talentId, name });
      apps.push({
        index: i,
        id: id19(APP_BASE, i),
        jobId: pick(JOBS, r()).id,
        talentId,
        stage: pick(STAGES, r()),
        activeStatus: r() < 0.8 || SPECIAL_COUNTS.has(i) ? 1 : 2,
        createTime: Date.UTC(2021, 0, 4) + Math.floor(r() * 5.5 * 365) * 86_400_000,
        interviewCount: SPECIAL_COUNTS.get(i) ?? Math.floor(r() * 7),
        withoutScores: i === 8,
      });
    }
    this.applications = apps;
    this.talents = talents;
    this.jobs = new Map(JOBS.map(j => [j.id, j]));
    this.byId = new Map(apps.map(a => [a.id, a]));
  }

  application(id: string): SampleApplication | undefined {
    return this.byId.get(id);
  }

  /** Interview `n` of an application, the same on every call. */
  interview(app: SampleApplication, n: number): SampleInterview {
    const r = rng(app.index * 100_003 + n * 7 + 1);
    const id = id19(7100000000000000000n, app.index * 100_000 + n);
    const day = app.createTime + (n + 1) * 86_400_000 * (app.interviewCount > 200 ? 0.05 : 2);
    // 09:00–18:00 Beijing time, on a 15-minute grid.
    const beginTime = Math.floor(day / 86_400_000) * 86_400_000 + (1 + Math.floor(r() * 36) * 0.25) * 3_600_000;
    const endTime = beginTime + (45 + Math.floor(r() * 6) * 15) * 60_000;
    const stage = STAGES[1 + (n % 3)]!;
    const recordCount = 1 + Math.floor(r() * 4);
    const records: SampleRecord[] = [];
    for (let k = 0; k < recordCount; k++) {
      const conclusion = (((n + k + app.index) % 5) + 1) as SampleRecord['conclusion'];
      const submitted = conclusion === 1 || conclusion === 2 || (conclusion === 5 && r() < 0.5);
      const hostile = app.index === 3;
      const content = hostile
        ? (n === 0 && k === 0 ? LONG_TEXT : HOSTILE[(n + k) % HOSTILE.length]!)
        : conclusion === 3 ? '' : pick(NOTES, r());
      const scored = submitted && !app.withoutScores && r() > 0.1;
      const s = SCORES[(n + k * 3 + app.index) % SCORES.length]!;
      records.push({
        id: id19(7200000000000000000n, app.index * 10_000_000 + n * 10 + k),
        interviewer: INTERVIEWERS[(app.index + n * 3 + k * 5) % INTERVIEWERS.length]!,
        content,
        minLevel: id19(7040000000000000000n, 3 + (k % 2)),
        maxLevel: id19(7040000000000000000n, 5 + (k % 2)),
        commitStatus: submitted ? 1 : 2,
        conclusion,
        score: scored ? { id: id19(7050000000000000000n, s.level), ...s } : undefined,
        submitTime: submitted ? endTime + Math.floor(r() * 48) * 3_600_000 : undefined,
      });
    }
    return { id, beginTime, endTime, round: n % 5, stage, records };
  }
}

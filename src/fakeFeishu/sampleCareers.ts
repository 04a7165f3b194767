// A talent's work history for the talents list: what tells two candidates of the same name apart.
import { between, pick } from './prng';
import type { Talent } from './sampleTenant';
import type { JsonObject } from './wire';

const SALT_CAREER = 7;
const COMPANIES = ['字节跳动', '美团', 'Shopee', 'Grab', '蚂蚁集团', 'Tencent', '小红书', 'Atlassian'];
const TITLES = ['前端工程师', 'Backend Engineer', '产品经理', 'Data Analyst', '测试工程师', 'Product Designer'];

/** One or two jobs, newest last as candidates often enter them; the talent with no experience has none. */
export function careerListJson(talent: Talent): JsonObject[] {
  if (talent.experienceYears === 0) { return []; }
  const count = talent.experienceYears > 5 ? 2 : 1;
  const list: JsonObject[] = [];
  for (let k = 0; k < count; k++) {
    const startYear = 2024 - talent.experienceYears + k * 3;
    list.push({
      id: `${talent.id.slice(0, 12)}${k}`,
      company: pick(COMPANIES, SALT_CAREER, talent.index, k, 1),
      title: pick(TITLES, SALT_CAREER, talent.index, k, 2),
      start_time: `${startYear}-${String(between(1, 12, SALT_CAREER, talent.index, k, 3)).padStart(2, '0')}`,
    });
  }
  return list;
}

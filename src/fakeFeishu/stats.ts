// What the fake was asked and what it answered, for assertions on which pages were fetched.
import type { FakeRoute } from './switches';

export interface FakeRequestLog {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** HTTP status; 0 when the connection was reset or left hanging. */
  status: number;
  /** The envelope's code; undefined when the reply had none (404, HTML, reset…). */
  code: number | undefined;
  route: FakeRoute;
}

export class FakeStats {
  readonly requests: FakeRequestLog[] = [];

  count(route: FakeRoute): number {
    return this.requests.filter(r => r.route === route).length;
  }

  clear(): void {
    this.requests.length = 0;
  }
}

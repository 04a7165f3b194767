// What VS Code injects into a webview page, and what media/pageParts.js gives the pages, typed for checkJs.
import type { PageMessage, PageState } from '../src/webview/scoreDetails/protocol';
import type { PageMessage as DebriefMessage, PageState as DebriefState } from '../src/webview/debrief/protocol';
import type { ScorecardView } from '../src/model/scorecard/scorecardViewTypes';

type Child = Node | string | undefined | false;

/** Per column of a scorecard table: a prefix for its heading (the debrief's round) and actions under it. */
interface ScorecardColumns {
  label?(index: number): string;
  actions?(index: number): Node | undefined;
}

declare global {
  function acquireVsCodeApi(): {
    postMessage(message: PageMessage | DebriefMessage): void;
    getState(): PageState | DebriefState | undefined;
    setState(state: PageState | DebriefState): void;
  };
  interface Window {
    FeishuPage: {
      el(tag: string, attrs?: Record<string, string>, ...children: Child[]): HTMLElement;
      aside(text: string): HTMLElement;
      button(label: string, onClick: () => void, secondary?: boolean, key?: string): HTMLElement;
      badge(tone: string, label: string): HTMLElement;
      fact(term: string, value: Node | string | undefined): HTMLElement | undefined;
      scorecard(card: ScorecardView, t: Record<string, string>, columns?: ScorecardColumns): HTMLElement;
      announce(text: string): void;
    };
  }
}

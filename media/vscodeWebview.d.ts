// What VS Code injects into a webview page, typed for the page script's checkJs.
import type { PageMessage, PageState } from '../src/webview/scoreDetails/protocol';

declare global {
  function acquireVsCodeApi(): {
    postMessage(message: PageMessage): void;
    getState(): PageState | undefined;
    setState(state: PageState): void;
  };
}

// A minimal event for the `vscode`-free core, shaped like vscode.Event so providers subscribe the same way.
export type Listener<T> = (value: T) => void;

export interface Subscription {
  dispose(): void;
}

export class ChangeEvent<T> {
  private readonly listeners = new Set<Listener<T>>();

  /** Subscribe; dispose the result to unsubscribe. */
  readonly event = (listener: Listener<T>): Subscription => {
    this.listeners.add(listener);
    return {
      dispose: () => {
        this.listeners.delete(listener);
      },
    };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) { listener(value); }
  }

  dispose(): void {
    this.listeners.clear();
  }
}

/** A short message at the bottom of the window, optionally with one action ("Ongedaan maken"), that goes away by itself. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

export interface ToastMessage {
  text: string;
  action?: { label: string; run(): void };
}

/** The current toast and a way to show one; a new toast replaces the old. */
export function useToast(durationMs = 8000): { toast: ToastMessage | null; show(message: ToastMessage): void; dismiss(): void } {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const dismiss = useCallback(() => {
    window.clearTimeout(timer.current);
    setToast(null);
  }, []);
  const show = useCallback(
    (message: ToastMessage) => {
      window.clearTimeout(timer.current);
      setToast(message);
      timer.current = window.setTimeout(() => setToast(null), durationMs);
    },
    [durationMs],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { toast, show, dismiss };
}

export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss(): void }) {
  return createPortal(
    <div className="notes-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="notes-toast" data-testid="notes-toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="notes-toast__action"
              onClick={() => {
                toast.action!.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>,
    document.body,
  );
}

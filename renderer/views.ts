/** The route registry: finds every view declared in a feature folder (`export const view` in a `*View.tsx`), so adding a view touches only its folder. */
import { hashLocation, type ViewDefinition } from './routing/view.js';

/** A view with its parameters already read, ready to render. */
export interface MatchedView {
  view: ViewDefinition<unknown>;
  params: unknown;
}

// Whole modules, not `import: 'view'`: a `*View.tsx` that is a plain component (BlockView) has no `view` export.
const modules = import.meta.glob<{ view?: ViewDefinition<unknown> }>('./*/*View.tsx', { eager: true });

/** Every declared view, in a stable order (by file path). */
export const views: readonly ViewDefinition<unknown>[] = Object.keys(modules)
  .sort()
  .flatMap((path) => {
    const view = modules[path]?.view;
    return view ? [view] : [];
  });

/** The main menu: the views that declare a place in it, in their order. */
export const menuViews = views.filter((view) => view.menu).sort((a, b) => a.menu!.order - b.menu!.order);

/** The view `hash` points at, or null (not found). Views' routes do not overlap; `views.test.ts` checks that. */
export function matchView(hash: string): MatchedView | null {
  const location = hashLocation(hash);
  for (const view of views) {
    const params = view.parse(location);
    if (params !== null) return { view, params };
  }
  return null;
}

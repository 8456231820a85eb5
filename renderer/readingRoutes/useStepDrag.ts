/** Why: steps are reordered by mouse (and pen or touch) as well as by keyboard; pointer events give that without a drag library. */
import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';

/** A drag in progress: the step, where it started and the gap it would drop into (0 = before the first step). */
export interface StepDrag {
  stepId: string;
  from: number;
  slot: number;
}

/** The index a step ends up at when dropped into `slot`, counted after it left its old place. */
export function dropIndex(from: number, slot: number): number {
  return slot > from ? slot - 1 : slot;
}

/** True when dropping into `slot` would leave the step where it is (the gaps just before and after it). */
export function isStill(from: number, slot: number): boolean {
  return slot === from || slot === from + 1;
}

/**
 * Drag and drop for the items of `listRef` (its direct `li` children): a handle starts the drag, moving picks the gap nearest
 * the pointer, releasing calls `onDrop` when the place changed, and Escape or a cancelled pointer drops nothing.
 */
export function useStepDrag(listRef: RefObject<HTMLOListElement | null>, onDrop: (stepId: string, from: number, to: number) => void) {
  const [drag, setDrag] = useState<StepDrag | null>(null);
  const dragRef = useRef<StepDrag | null>(null);
  const update = useCallback((next: StepDrag | null) => {
    dragRef.current = next;
    setDrag(next);
  }, []);

  useEffect(() => {
    if (!drag) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') update(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drag, update]);

  const slotAt = (clientY: number): number => {
    const items = [...(listRef.current?.children ?? [])].filter((element) => element.tagName === 'LI');
    const index = items.findIndex((item) => {
      const rect = item.getBoundingClientRect();
      return clientY < rect.top + rect.height / 2;
    });
    return index === -1 ? items.length : index;
  };

  /** Props for a step's drag handle. */
  const handleProps = (stepId: string, index: number) => ({
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      update({ stepId, from: index, slot: index });
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const current = dragRef.current;
      if (!current) return;
      const slot = slotAt(event.clientY);
      if (slot !== current.slot) update({ ...current, slot });
    },
    onPointerUp() {
      const current = dragRef.current;
      update(null);
      if (current && !isStill(current.from, current.slot)) onDrop(current.stepId, current.from, dropIndex(current.from, current.slot));
    },
    onPointerCancel() {
      update(null);
    },
  });

  return { drag, handleProps };
}

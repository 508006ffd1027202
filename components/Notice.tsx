import type { ComponentChildren } from 'preact';
import type { Tone } from '@/lib/stores/curation';

export type { Tone };

export function Notice(props: { tone?: Tone; children: ComponentChildren; id?: string }) {
  const tone = props.tone ?? 'info';
  return (
    <div class={`notice ${tone === 'info' ? '' : tone}`} role={tone === 'error' ? 'alert' : 'status'} id={props.id}>
      {props.children}
    </div>
  );
}

/** The editorial notes that concern a part of the plan, shown after its official text. */
import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import EditorialNote from '@site/src/components/EditorialNote';
import {notesConcerning} from '@site/src/plan/contextNotes';

export default function PartNotes({anchors}: {anchors: readonly string[]}): ReactNode {
  const notes = notesConcerning(anchors);
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="ghi-chu-boi-canh" className="no-print-notes">
      <Heading as="h2" id="ghi-chu-boi-canh">
        Ghi chú bối cảnh
      </Heading>
      {notes.map((note) => (
        <EditorialNote key={note.id} note={note} />
      ))}
    </section>
  );
}

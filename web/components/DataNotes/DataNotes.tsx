// Curation notes and record ids, kept out of readers' sentences: they sit behind a "Data notes"
// disclosure, marked as English (they are written with the data, in English).

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataNote {
  /** What the note is about, in the reader's language (a source, an event); optional. */
  about?: ReactNode;
  /** The note as written with the data, in English. */
  text: string;
}

export function DataNotes({ notes, recordId, className }: { notes: readonly DataNote[]; recordId?: string | undefined; className?: string }) {
  const { t } = useTranslation();
  if (notes.length === 0 && !recordId) return null;
  return (
    <details className={['data-notes', className ?? ''].join(' ').trim()}>
      <summary data-export-skip="">{t('facts.dataNotes.summary')}</summary>
      <div className="data-notes-body">
        <p className="field-help" data-export-skip="">
          {t('facts.dataNotes.intro')}
        </p>
        {notes.length > 0 ? (
          <ul>
            {notes.map((note, i) => (
              <li key={i}>
                {note.about ? <>{note.about}: </> : null}
                <span lang="en" dir="auto">
                  {note.text}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {recordId ? (
          <p className="data-notes-record">
            {t('facts.dataNotes.record', { id: '' })}
            <code dir="ltr">{recordId}</code>
          </p>
        ) : null}
      </div>
    </details>
  );
}

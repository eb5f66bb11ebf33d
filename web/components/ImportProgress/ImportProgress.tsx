import { useTranslation } from 'react-i18next';
import type { Progress } from '../../api/imports.js';

/**
 * An import on its way: the upload's share, then the server's work (no measure, so an indeterminate
 * bar). The live region is always there, so that screen readers announce what appears in it.
 */
export function ImportProgress({ active, progress, label }: { active: boolean; progress: Progress | undefined; label?: string }) {
  const { t } = useTranslation();
  const text = label ?? (progress === null ? t('pdfImport.progress.working') : t('importPage.sending'));
  return (
    <div role="status" aria-live="polite" className="import-progress">
      {active ? (
        <p>
          {text} <progress aria-label={text} value={progress ?? undefined} max={1} />
        </p>
      ) : null}
    </div>
  );
}

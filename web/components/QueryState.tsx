import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';

/** Loading and error states, said the same way everywhere. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <p className="loading" role="status">{t('app.loading')}</p>;
  if (query.isError) return <p className="error" role="alert">{t('app.loadError', { message: query.error.message })}</p>;
  return <>{children(query.data)}</>;
}

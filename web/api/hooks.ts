// The API's answers as React hooks, each over its query factory (queries.ts).

import { useQuery } from '@tanstack/react-query';
import type { FundId } from '../../server/contract/vocabulary.js';
import {
  auditQuery,
  donorBaseQuery,
  donorMatrixQuery,
  donorQuery,
  figureQuery,
  fundDetailQuery,
  fundsQuery,
  gapsQuery,
  healthQuery,
  overviewQuery,
  reviewQuery,
  sessionQuery,
  sourcesQuery,
  usersQuery,
  type AuditFilter,
} from './queries.js';

export const useFunds = () => useQuery(fundsQuery());
export const useOverview = () => useQuery(overviewQuery());
export const useFundDetail = (id: string) => useQuery(fundDetailQuery(id));
export const useSources = () => useQuery(sourcesQuery());
export const useSession = () => useQuery(sessionQuery());
export const useAudit = (filter: AuditFilter) => useQuery(auditQuery(filter));
export const useUsers = () => useQuery(usersQuery());
export const useFigure = (id: string | undefined) =>
  useQuery({ ...figureQuery(id ?? ''), enabled: id !== undefined });
export const useGaps = () => useQuery(gapsQuery());
export const useDonorMatrix = () => useQuery(donorMatrixQuery());
export const useDonor = (id: string) => useQuery(donorQuery(id));
export const useDonorBase = (fund: FundId) => useQuery(donorBaseQuery(fund));
export const useReview = (fund: FundId, from: number, to: number) => useQuery(reviewQuery(fund, from, to));
export const useHealth = () => useQuery(healthQuery());

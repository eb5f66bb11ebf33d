import type { ReactNode } from 'react';

export interface TableColumn {
  label: string;
  numeric?: boolean;
  className?: string;
}

/** A captioned, keyboard-scrollable table with its header row; rows come as children. */
export function TableFrame({ caption, className, columns, children }: { caption: string; className: string; columns: readonly TableColumn[]; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={[column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

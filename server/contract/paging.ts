// Page sizes of the paged lists (GET /figures), apart from the schemas so the web reads them without zod.

/** A page of /figures holds at most this many figures. */
export const FIGURE_PAGE_MAX = 500;
/** Without `limit`, a page holds this many. */
export const FIGURE_PAGE_DEFAULT = 100;

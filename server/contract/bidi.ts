// Bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) reorder the
// text around them: an override in a title makes "gnp.exe" read "exe.png". They are removed from user
// text on the way in (security/input.ts), from quotable sentences (statements.ts) and from downloads
// (web/format/csv.ts). The plain marks LRM, RLM and ALM, which Arabic text needs, are kept.

export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export const hasBidiControls = (text: string) => HAS_BIDI_CONTROL.test(text);
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');

import { contentEditableAdapter } from './contenteditable';

// ProseMirror (`.ProseMirror`) re-renders from its state; a paste becomes a transaction. Its
// trailing <br> and separator <img> hacks are left out by readText.
export const prosemirror = contentEditableAdapter('prosemirror', 'paste');

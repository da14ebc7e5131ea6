import { contentEditableAdapter } from './contenteditable';

// CKEditor 5 (`.ck-editor__editable`) renders its own model: DOM edits behind its back are
// reverted, but a paste goes through its clipboard pipeline. Its filler <br data-cke-filler> and
// U+2060 inline filler are left out by readText.
export const ckeditor5 = contentEditableAdapter('ckeditor5', 'paste');

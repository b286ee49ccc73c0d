'use client';

import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { useEffect, useRef } from 'react';
import './code-editor.css';

export interface DocRequest {
  text: string;
  /** bump to apply `text` again */
  version: number;
}

interface Props {
  initial: string;
  onChange: (code: string) => void;
  labelledBy: string;
  describedBy: string;
  /** replaces the document as one undoable change (Reset to starter) */
  docRequest?: DocRequest;
}

/** CodeMirror 6 with TypeScript highlighting, bracket matching, undo history and a labelled, keyboard-operable editor. */
export default function CodeEditor({ initial, onChange, labelledBy, describedBy, docRequest }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const change = useRef(onChange);
  useEffect(() => {
    change.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const state = EditorState.create({
      doc: initial,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(classHighlighter),
        javascript({ typescript: true }),
        // wrapped lines and no height limit: the editor never scrolls on its own, the page does
        EditorView.lineWrapping,
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorState.tabSize.of(2),
        EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-describedby': describedBy }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) change.current(update.state.doc.toString());
        }),
      ],
    });
    const editor = new EditorView({ state, parent: host.current! });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // the editor owns its document after mount: `initial` is read once
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !docRequest) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: docRequest.text } });
  }, [docRequest]);

  return <div ref={host} className="code-editor__host" />;
}

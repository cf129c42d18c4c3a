// The code editor of judge's problem page: CodeMirror 6 with Python and SQL highlighting.
// Bundled by `npm run build` (see build.sh) into ../static/editor.js, exposed as the global
// `JudgeEditor`, so the pages need no Node and no network at run time.
import { basicSetup } from "codemirror";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { oneDark } from "@codemirror/theme-one-dark";
import { MSSQL, MySQL, PostgreSQL, SQLite, StandardSQL, sql } from "@codemirror/lang-sql";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";

// The judge's dialect names → the closest grammar CodeMirror ships (for highlighting only;
// the judge itself transpiles with sqlglot).
const SQL_DIALECTS = {
  postgres: PostgreSQL,
  mysql: MySQL,
  sqlite: SQLite,
  tsql: MSSQL,
  duckdb: PostgreSQL,
  bigquery: StandardSQL,
  snowflake: StandardSQL,
};

function languageFor(language, dialect) {
  if (language === "sql") {
    return sql({ dialect: SQL_DIALECTS[dialect] || StandardSQL, upperCaseKeywords: true });
  }
  return python();
}

const theme = EditorView.theme({
  "&": { fontSize: "14px", height: "100%" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
});

// Dark colours when the system asks for them (the page's stylesheet follows the same setting).
const darkScheme =
  typeof window !== "undefined" && window.matchMedia
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;
const colours = () => (darkScheme && darkScheme.matches ? oneDark : []);

/**
 * Mount an editor in `parent`.
 * options: {doc, language: "python"|"sql", dialect, onRun, onSubmit, onChange}
 * Returns {view, getValue, setValue, setDialect, focus}.
 */
export function create(parent, options = {}) {
  const lang = new Compartment();
  const scheme = new Compartment();
  const shortcuts = [];
  if (options.onRun) {
    shortcuts.push({ key: "Mod-Enter", run: () => (options.onRun(), true) });
  }
  if (options.onSubmit) {
    shortcuts.push({ key: "Mod-Shift-Enter", run: () => (options.onSubmit(), true) });
  }
  const listeners = options.onChange
    ? [EditorView.updateListener.of((u) => u.docChanged && options.onChange(u.state.doc.toString()))]
    : [];
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc || "",
      extensions: [
        keymap.of(shortcuts),
        basicSetup,
        keymap.of([indentWithTab]),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        lang.of(languageFor(options.language, options.dialect)),
        theme,
        scheme.of(colours()),
        ...listeners,
      ],
    }),
  });
  if (darkScheme) {
    darkScheme.addEventListener("change", () =>
      view.dispatch({ effects: scheme.reconfigure(colours()) }),
    );
  }
  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue: (text) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setDialect: (dialect) =>
      view.dispatch({ effects: lang.reconfigure(languageFor(options.language, dialect)) }),
    focus: () => view.focus(),
  };
}

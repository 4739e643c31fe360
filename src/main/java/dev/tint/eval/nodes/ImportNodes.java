package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.source.Source;
import dev.tint.source.Span;

/** import statements, def statements (decorators applied), and the REPL's display of results. */
public final class ImportNodes {
    private ImportNodes() {}

    /** {@code import a.b [as c]}: binds the top package, or the module itself under its alias. */
    public static final class Import extends StmtNode {
        private final String name;
        private final boolean aliased;
        private final Target target;
        private final Source importer;

        public Import(Span span, String name, boolean aliased, Target target, Source importer) {
            super(span);
            this.name = name;
            this.aliased = aliased;
            this.target = target;
            this.importer = importer;
        }

        @Override
        public Object exec(Frame f) {
            PyModule module;
            try {
                module = f.thread.interpreter.importModule(name, importer);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
            if (!aliased && name.contains(".")) {
                target.assign(f, f.thread.interpreter.importModule(name.substring(0, name.indexOf('.')), importer));
            } else {
                target.assign(f, module);
            }
            return null;
        }
    }

    /** {@code from m import a as b, c}. */
    public static final class ImportFrom extends StmtNode {
        private final String module;
        private final int level;
        private final String[] names;
        private final Target[] targets;
        private final Source importer;

        public ImportFrom(Span span, String module, int level, String[] names, Target[] targets, Source importer) {
            super(span);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
            this.importer = importer;
        }

        @Override
        public Object exec(Frame f) {
            PyModule m;
            try {
                m = f.thread.interpreter.importModule(module == null ? "" : module, importer);
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
            for (int i = 0; i < names.length; i++) {
                Object v = m.findAttribute(names[i]);
                if (v == null) {
                    try {
                        v = f.thread.interpreter.importModule(m.name() + "." + names[i], importer);
                    } catch (ScriptError e) {
                        v = null;
                    }
                }
                if (v == null) {
                    ScriptError e = Errors.raise(ExceptionTypes.IMPORT_ERROR, String.format(
                            "cannot import name '%s' from '%s' (%s)", names[i], m.name(),
                            f.thread.interpreter.moduleLocation(m)));
                    e.exception().setAttribute("name", m.name());
                    e.exception().suggestionCandidates = m::attributeNames;
                    throw e.at(f, span);
                }
                targets[i].assign(f, v);
            }
            return null;
        }
    }

    /** {@code @decorators def name(...)}: make the function, apply decorators bottom-up, bind. */
    public static final class Define extends StmtNode {
        private final ExprNode[] decorators;
        private final ExprNode make;
        private final Target target;

        public Define(Span span, ExprNode[] decorators, ExprNode make, Target target) {
            super(span);
            this.decorators = decorators;
            this.make = make;
            this.target = target;
        }

        @Override
        public Object exec(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) {
                decs[i] = decorators[i].eval(f);
            }
            Object value = make.eval(f);
            for (int i = decs.length - 1; i >= 0; i--) {
                try {
                    value = CallNodes.invoke(decs[i], new Object[] {value}, null);
                } catch (ScriptError e) {
                    throw e.at(f, decorators[i].span);
                }
            }
            target.assign(f, value);
            return null;
        }
    }

    /** An expression statement typed at the REPL or piped as a transcript: its repr is shown. */
    public static final class DisplayResult extends StmtNode {
        private final ExprNode value;

        public DisplayResult(Span span, ExprNode value) {
            super(span);
            this.value = value;
        }

        @Override
        public Object exec(Frame f) {
            Object v = value.eval(f);
            if (v != PyNone.NONE) {
                f.thread.interpreter.display(v);
            }
            return null;
        }
    }
}

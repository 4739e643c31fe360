package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.builtins.StrFormat;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Ops;
import dev.tint.source.Span;

/** f-strings: the concatenation of literal parts and formatted {@code {value!conv:spec}} fields. */
public final class FStringNodes {
    private FStringNodes() {}

    public static final class Joined extends ExprNode {
        private final ExprNode[] parts;

        public Joined(Span span, ExprNode[] parts) {
            super(span);
            this.parts = parts;
        }

        @Override
        public Object eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) {
                sb.append((String) p.eval(f));
            }
            return sb.toString();
        }
    }

    public static final class Field extends ExprNode {
        private final ExprNode value;
        private final char conversion;
        private final ExprNode spec;
        private final String selfDocumenting;

        public Field(Span span, ExprNode value, char conversion, ExprNode spec, String selfDocumenting) {
            super(span);
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
            this.selfDocumenting = selfDocumenting;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            char conv = conversion;
            if (selfDocumenting != null && conv == 0 && spec == null) {
                conv = 'r';
            }
            String specText = spec == null ? "" : (String) spec.eval(f);
            try {
                if (conv != 0) {
                    v = StrFormat.convert(v, conv);
                }
                String text = specText.isEmpty() && v instanceof String s ? s
                        : (specText.isEmpty() ? Ops.str(v) : StrFormat.formatValue(v, specText));
                return selfDocumenting == null ? text : selfDocumenting + text;
            } catch (ScriptError e) {
                throw e.at(f, span);
            }
        }
    }
}

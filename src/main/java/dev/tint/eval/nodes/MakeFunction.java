package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.Frame;
import dev.tint.source.Span;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates a function object at the point of a def or lambda: evaluates defaults (once, as
 * Python does) and captures the cells of the enclosing frame that the body uses.
 */
public final class MakeFunction extends ExprNode {
    private final FunctionCode code;
    private final ExprNode[] defaults;
    private final String[] kwDefaultNames;
    private final ExprNode[] kwDefaults;
    /** The annotated parameters' names ({@code return} for the return annotation), parallel to annotations. */
    private final String[] annotationNames;
    private final ExprNode[] annotations;
    /** Slots in the enclosing frame holding the cells this function closes over, in closure order. */
    private final int[] closureSlots;

    public MakeFunction(Span span, FunctionCode code, ExprNode[] defaults, String[] kwDefaultNames,
                        ExprNode[] kwDefaults, String[] annotationNames, ExprNode[] annotations,
                        int[] closureSlots) {
        super(span);
        this.code = code;
        this.defaults = defaults;
        this.kwDefaultNames = kwDefaultNames;
        this.kwDefaults = kwDefaults;
        this.annotationNames = annotationNames;
        this.annotations = annotations;
        this.closureSlots = closureSlots;
    }

    @Override
    public Object eval(Frame f) {
        Object[] defs = new Object[defaults.length];
        for (int i = 0; i < defs.length; i++) {
            defs[i] = defaults[i].eval(f);
        }
        Map<String, Object> kw = null;
        if (kwDefaults.length > 0) {
            kw = new HashMap<>();
            for (int i = 0; i < kwDefaults.length; i++) {
                kw.put(kwDefaultNames[i], kwDefaults[i].eval(f));
            }
        }
        Map<String, Object> ann = null;
        if (annotations.length > 0) {
            ann = new LinkedHashMap<>();
            for (int i = 0; i < annotations.length; i++) {
                ann.put(annotationNames[i], annotations[i].eval(f));
            }
        }
        Cell[] closure = new Cell[closureSlots.length];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = (Cell) f.slots[closureSlots[i]];
        }
        PyFunction fn = new PyFunction(code, defs, kw, closure, f.globals, f.thread);
        if (ann != null) {
            fn.setAnnotations(ann);
        }
        return fn;
    }
}

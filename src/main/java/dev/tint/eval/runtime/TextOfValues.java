package dev.tint.eval.runtime;

import dev.tint.eval.text.ObjectText;

/** Lets the text formatters ask for str(), repr() and ascii() of any value. */
public final class TextOfValues implements ObjectText {
    public static final TextOfValues INSTANCE = new TextOfValues();

    private TextOfValues() {}

    @Override
    public String str(Object o) {
        return Reprs.str(o);
    }

    @Override
    public String repr(Object o) {
        return Reprs.repr(o);
    }

    @Override
    public String ascii(Object o) {
        String r = Reprs.repr(o);
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    @Override
    public String typeName(Object o) {
        return Ops.typeName(o);
    }

    @Override
    public Object index(Object o) {
        return Ops.userIndex(o);
    }
}

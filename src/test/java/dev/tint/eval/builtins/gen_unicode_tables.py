# Regenerates src/main/java/dev/tint/eval/builtins/UnicodeTables.java from CPython 3.13:
#   PYENV_VERSION=3.13.0 python3.13 src/test/java/dev/tint/eval/builtins/gen_unicode_tables.py
def ranges(pred):
    out=[]; start=None
    for c in range(0x110000):
        ok = pred(chr(c))
        if ok and start is None: start=c
        if not ok and start is not None: out.append((start,c-1)); start=None
    if start is not None: out.append((start,0x10ffff))
    return out
def arr(name, r):
    s = '    static final int[] %s = {\n' % name
    flat=[]
    for a,b in r: flat += [a,b]
    for i in range(0,len(flat),8):
        s += '        ' + ', '.join('0x%X'%x for x in flat[i:i+8]) + ',\n'
    return s + '    };\n'
def mapping(name, fn, cond):
    items=[(c,fn(chr(c))) for c in range(0x110000) if not 0xd800<=c<=0xdfff and cond(chr(c))]
    s='    static final int[] %s_KEYS = {\n' % name
    for i in range(0,len(items),8):
        s += '        ' + ', '.join('0x%X'%c for c,v in items[i:i+8]) + ',\n'
    s += '    };\n'
    s+='    static final String[] %s_VALUES = {\n' % name
    for c,v in items:
        s += '        "%s",\n' % (''.join('\\u%04X'%u for u in [int.from_bytes(v.encode('utf-16-be')[i:i+2],'big') for i in range(0,len(v.encode('utf-16-be')),2)]))
    return s+'    };\n'
out=['package dev.tint.eval.builtins;','','/**',
 ' * Unicode 15.1 properties as CPython 3.13 sees them, where Java 17 has no equivalent or an older',
 ' * Unicode version. Generated from CPython 3.13 with the script in the comment at the end.',' */',
 'final class UnicodeTables {','    private UnicodeTables() {}','']
out.append('    /** str.isalpha: general categories Lu, Ll, Lt, Lm, Lo. Sorted inclusive ranges. */')
out.append(arr('ALPHA', ranges(str.isalpha)))
out.append('    /** str.isdecimal: general category Nd. */')
out.append(arr('DECIMAL', ranges(str.isdecimal)))
out.append('    /** str.isdigit minus str.isdecimal: Numeric_Type=Digit. */')
out.append(arr('DIGIT_EXTRA', ranges(lambda c: c.isdigit() and not c.isdecimal())))
out.append('    /** str.isnumeric: Numeric_Type Decimal, Digit or Numeric. */')
out.append(arr('NUMERIC', ranges(str.isnumeric)))
out.append('    /** str.islower per character: the derived property Lowercase. */')
out.append(arr('LOWER', ranges(lambda c: c.islower())))
out.append('    /** str.isupper per character: the derived property Uppercase. */')
out.append(arr('UPPER', ranges(lambda c: c.isupper())))
out.append('    /** General category Lt. */')
import unicodedata
out.append(arr('TITLE', ranges(lambda c: unicodedata.category(c)=='Lt')))
out.append('    /** Code point to full title-case mapping where it has more than one character. */')
out.append(mapping('MULTI_TITLE', str.title, lambda c: len(c.title())>1))
out.append('    /** Code point to full case folding where it differs from the full lower-case mapping. */')
out.append(mapping('CASEFOLD', str.casefold, lambda c: c.casefold()!=c.lower()))
out.append('    /** str.isidentifier for a first character: XID_Start (the underscore is handled apart). */')
out.append(arr('ID_START', ranges(lambda c: c.isidentifier() and c != '_')))
out.append('    /** XID_Continue: characters allowed after the first in an identifier. */')
out.append(arr('ID_CONTINUE', ranges(lambda c: ('a'+c).isidentifier())))
# Cased letters new in Unicode 14 and 15 (Java 17 speaks Unicode 13).
extra=[c for c in [0x2C2F,0x2C5F]+list(range(0xA7C0,0xA800))+list(range(0x10570,0x105C0)) if chr(c).upper()!=chr(c) or chr(c).lower()!=chr(c)]
out.append('    /** Single-character case mappings that Java 17 (Unicode 13) lacks: code point, upper, lower. */')
s2='    static final int[] CASE_EXTRA = {\n'
for c in extra:
    ch=chr(c); u=ch.upper(); l=ch.lower()
    assert len(u)==1 and len(l)==1 and ch.title()==u
    s2+='        0x%X, 0x%X, 0x%X,\n'%(c,ord(u),ord(l))
out.append(s2+'    };\n')
out.append('}')
import os
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../../../main/java/dev/tint/eval/builtins/UnicodeTables.java'),'w').write('\n'.join(out)+'\n')

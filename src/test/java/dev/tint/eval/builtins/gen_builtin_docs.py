# Regenerates src/main/java/dev/tint/eval/builtins/BuiltinDocs.java from CPython 3.13:
#   PYENV_VERSION=3.13.0 python3.13 src/test/java/dev/tint/eval/builtins/gen_builtin_docs.py
import builtins, inspect
names = "abs all any ascii bin callable chr delattr dir divmod format getattr hasattr hash hex id input isinstance issubclass iter len max min next oct ord pow print repr round setattr sorted sum".split()
out = []
for n in names:
    f = getattr(builtins, n)
    sig = getattr(f, "__text_signature__", None)
    doc = f.__doc__ or ''
    if sig:
        sig = sig.replace('($module, /, ', '(').replace('($module, ', '(').replace('($module)', '()').replace('$module, ','')
        line = n + sig
    else:
        line = n + '(...)'
    out.append((n, line, doc))
def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
java = ['package dev.tint.eval.builtins;', '', 'import java.util.Map;', '',
 '/** The signature lines and docstrings of the builtin functions, as CPython 3.13 has them (for help() and __doc__). */',
 'final class BuiltinDocs {', '    private BuiltinDocs() {}', '',
 '    /** name -> {signature line as help() shows it, docstring}. */',
 '    static final Map<String, String[]> DOCS = Map.ofEntries(']
entries = []
for n, line, doc in out:
    entries.append('            Map.entry(%s, new String[] {%s,\n                    %s})' % (q(n), q(line), q(doc)))
java.append(',\n'.join(entries) + ');')
java.append('')
java.append('    static String doc(String name) {')
java.append('        String[] d = DOCS.get(name);')
java.append('        return d == null ? "" : d[1];')
java.append('    }')
java.append('}')
open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '../../../../../../main/java/dev/tint/eval/builtins/BuiltinDocs.java'), 'w').write('\n'.join(java) + '\n')

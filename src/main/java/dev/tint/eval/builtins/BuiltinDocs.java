package dev.tint.eval.builtins;

import java.util.Map;

/** The signature lines and docstrings of the builtin functions, as CPython 3.13 has them (for help() and __doc__). */
final class BuiltinDocs {
    private BuiltinDocs() {}

    /** name -> {signature line as help() shows it, docstring}. */
    static final Map<String, String[]> DOCS = Map.ofEntries(
            Map.entry("abs", new String[] {"abs(x, /)",
                    "Return the absolute value of the argument."}),
            Map.entry("all", new String[] {"all(iterable, /)",
                    "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True."}),
            Map.entry("any", new String[] {"any(iterable, /)",
                    "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False."}),
            Map.entry("ascii", new String[] {"ascii(obj, /)",
                    "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2."}),
            Map.entry("bin", new String[] {"bin(number, /)",
                    "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"}),
            Map.entry("callable", new String[] {"callable(obj, /)",
                    "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method."}),
            Map.entry("chr", new String[] {"chr(i, /)",
                    "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."}),
            Map.entry("delattr", new String[] {"delattr(obj, name, /)",
                    "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``"}),
            Map.entry("dir", new String[] {"dir(...)",
                    "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes."}),
            Map.entry("divmod", new String[] {"divmod(x, y, /)",
                    "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."}),
            Map.entry("format", new String[] {"format(value, format_spec='', /)",
                    "Return type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALMETHODS')."}),
            Map.entry("getattr", new String[] {"getattr(...)",
                    "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case."}),
            Map.entry("hasattr", new String[] {"hasattr(obj, name, /)",
                    "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError."}),
            Map.entry("hash", new String[] {"hash(obj, /)",
                    "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true."}),
            Map.entry("hex", new String[] {"hex(number, /)",
                    "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"}),
            Map.entry("id", new String[] {"id(obj, /)",
                    "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)"}),
            Map.entry("input", new String[] {"input(prompt='', /)",
                    "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available."}),
            Map.entry("isinstance", new String[] {"isinstance(obj, class_or_tuple, /)",
                    "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc."}),
            Map.entry("issubclass", new String[] {"issubclass(cls, class_or_tuple, /)",
                    "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``."}),
            Map.entry("iter", new String[] {"iter(...)",
                    "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel."}),
            Map.entry("len", new String[] {"len(obj, /)",
                    "Return the number of items in a container."}),
            Map.entry("max", new String[] {"max(...)",
                    "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the largest argument."}),
            Map.entry("min", new String[] {"min(...)",
                    "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more positional arguments, return the smallest argument."}),
            Map.entry("next", new String[] {"next(...)",
                    "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration."}),
            Map.entry("oct", new String[] {"oct(number, /)",
                    "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"}),
            Map.entry("ord", new String[] {"ord(c, /)",
                    "Return the Unicode code point for a one-character string."}),
            Map.entry("pow", new String[] {"pow(base, exp, mod=None)",
                    "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form."}),
            Map.entry("print", new String[] {"print(*args, sep=' ', end='\\n', file=None, flush=False)",
                    "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream."}),
            Map.entry("repr", new String[] {"repr(obj, /)",
                    "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj."}),
            Map.entry("round", new String[] {"round(number, ndigits=None)",
                    "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative."}),
            Map.entry("setattr", new String[] {"setattr(obj, name, value, /)",
                    "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``"}),
            Map.entry("sorted", new String[] {"sorted(iterable, /, *, key=None, reverse=False)",
                    "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order."}),
            Map.entry("sum", new String[] {"sum(iterable, /, start=0)",
                    "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types."}));

    static String doc(String name) {
        String[] d = DOCS.get(name);
        return d == null ? "" : d[1];
    }
}

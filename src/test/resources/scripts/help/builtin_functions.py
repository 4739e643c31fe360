# help() on the builtin functions whose signatures and docstrings Tint carries
for f in [abs, all, any, ascii, bin, callable, chr, delattr, dir, divmod, format, getattr, hasattr,
          hash, hex, id, input, isinstance, issubclass, iter, len, max, min, next, oct, ord, pow,
          print, repr, round, setattr, sorted, sum]:
    help(f)

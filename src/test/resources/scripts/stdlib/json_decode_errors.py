# json.JSONDecodeError carries CPython's message, position, line and column
import json

bad = ['', '   ', '{bad', '{"a" 1}', '{"a": 1 "b": 2}', '[1 2]', '[1,]', '{"a":1,}', '"abc',
       '"a\x01b"', '"\\x"', '"\\u12"', '1 2', 'tru', '[', '{"a":', '-', '01', '[,]', '{"a"}',
       '  \n  {"x": [1, 2,, 3]}', '{1: 2}', '\ufeff[]', 'nul', '{"a": [1, 2}']
for text in bad:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
from json import decoder
print(decoder.JSONDecodeError is json.JSONDecodeError)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)

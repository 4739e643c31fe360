# add_note() adds lines after the exception line; the note is the last line
try:
    int("twelve")
except ValueError as e:
    e.add_note("while reading the 'count' field")
    print("re-raising with a note")
    raise

# Writing warnings to stderr with print(file=sys.stderr) while exiting normally
import sys
print("stdout line 1")
print("warning: something odd", file=sys.stderr)
print("stdout line 2")
print("note:", 3, "items skipped", file=sys.stderr, sep=" ")
print("done")

# sys.argv holds the script name (as given) and no further arguments here
import sys
print(len(sys.argv))
print(type(sys.argv).__name__, isinstance(sys.argv[0], str), sys.argv[0].endswith(".py"))
print(sys.argv[1:])
args = sys.argv[1:] or ["default"]
print(args)

# sys.exit(None) exits with status 0 and prints nothing to stderr
import sys
for i in range(3):
    print("iteration", i)
    if i == 1:
        sys.exit(None)
print("not reached")

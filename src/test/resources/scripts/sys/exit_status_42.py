# Exiting with a specific status after printing
import sys

def main():
    total = sum(range(10))
    print("total", total)
    if total > 40:
        return 42
    return 0

status = main()
print("exiting with", status)
sys.exit(status)

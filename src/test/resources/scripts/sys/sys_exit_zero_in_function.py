# sys.exit(0) from a nested call, after finally blocks run
import sys

def shutdown():
    try:
        print("shutting down")
        sys.exit(0)
    finally:
        print("cleanup in finally")

shutdown()
print("not reached")

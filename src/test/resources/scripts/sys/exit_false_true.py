# sys.exit(False) exits with status 0; printing before it works normally
import sys
print("checking flags")
ok = 2 + 2 == 4
sys.exit(not ok)

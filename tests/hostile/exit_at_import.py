# expect: RTE
# Exits while being imported.
import sys

sys.exit(0)

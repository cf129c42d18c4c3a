# expect: RTE
# Ends the process outright while being imported, skipping all cleanup.
import os

os._exit(0)

"""`python -m judge`: the `judge` command."""

import sys

from judge.launch import main

sys.exit(main())

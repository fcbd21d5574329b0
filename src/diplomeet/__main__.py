"""``python -m diplomeet``: see :mod:`diplomeet.cli`."""

from __future__ import annotations

import sys

from diplomeet.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m relkit``: the same as the ``relkit`` command."""

import sys

from .cli import main

sys.exit(main())

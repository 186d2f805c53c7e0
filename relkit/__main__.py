"""``python -m relkit``: the same as the ``relkit`` command."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl+C while relkit was still loading: nothing had started yet
    sys.exit(130)

sys.exit(main())

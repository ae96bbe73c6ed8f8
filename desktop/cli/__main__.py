"""``python -m desktop.cli``: the command line."""

from desktop.cli.main import main

raise SystemExit(main())

"""`python -m colead_desktop` opens the desktop app."""

from colead_desktop.app import main

raise SystemExit(main())

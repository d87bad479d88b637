"""`python -m colead_desktop` (and the bundle's windowed executable) opens the desktop app."""

import multiprocessing

from colead_desktop.app import main

multiprocessing.freeze_support()  # batch PDF printing uses worker processes, also in the frozen bundle
raise SystemExit(main())

"""The main window's size before the user has moved or resized it (shared with the start window)."""

MAIN_WINDOW_SIZE = (1200, 760)

"""Widgets of the payments page."""

"""Shared by the payments widget tests (the Payments page fixture `payments_page` is in conftest.py)."""

WHO = "経理 花子"

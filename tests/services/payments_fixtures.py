"""Shared by the payment service tests (the demo programme fixture `demo` is in conftest.py)."""

WHO = "経理 花子"

"""Co-LEAD Desktop: offline-first logistics for regional digital-talent programmes."""

__version__ = "0.1.0"
